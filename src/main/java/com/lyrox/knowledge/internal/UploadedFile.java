package com.lyrox.knowledge.internal;

/** A file as uploaded: the title it gets (its name without extension unless given), its format and bytes. */
record UploadedFile(String title, String fileName, FileFormat format, byte[] bytes) {
}
