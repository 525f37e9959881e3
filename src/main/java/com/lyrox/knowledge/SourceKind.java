package com.lyrox.knowledge;

/** What a knowledge source is: a question and answer, pasted text, or an uploaded file. */
public enum SourceKind {
    FAQ, TEXT, FILE
}
