package com.lyrox.knowledge.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/**
 * The text of an uploaded file, in a Markdown-like form the chunker understands: headings as
 * {@code #} lines (from Markdown and HTML), paragraphs separated by blank lines.
 */
final class TextExtractor {

    private TextExtractor() {
    }

    static String extract(FileFormat format, byte[] bytes) {
        String text = switch (format) {
            case PDF -> pdf(bytes);
            case TEXT, MARKDOWN -> plain(bytes);
            case HTML -> HtmlText.of(Jsoup.parse(plain(bytes)));
        };
        if (text.isBlank()) {
            throw new ExtractionFailed(format == FileFormat.PDF
                    ? "The PDF has no text to read (a scanned PDF needs text recognition first)"
                    : "The file has no text");
        }
        return text;
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new ExtractionFailed("The PDF is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionFailed("The file is not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** UTF-8 text, or Windows-1252 when it is not valid UTF-8; binary content is refused. */
    private static String plain(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new ExtractionFailed("The file is binary, not text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
