package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.KnowledgeSettings;
import com.lyrox.platform.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/** Checks an uploaded file (present, not empty, within the size limit, a type the knowledge base reads). */
@Component
class Uploads {

    private final KnowledgeSettings settings;

    Uploads(KnowledgeSettings settings) {
        this.settings = settings;
    }

    UploadedFile accept(MultipartFile file, String title) {
        if (file == null) {
            throw ApiProblem.invalid("file", "is required: a PDF, TXT, MD or HTML file");
        }
        long limit = settings.maxUploadSize().toBytes();
        if (file.getSize() > limit) {
            throw ApiProblem.payloadTooLarge((int) Math.min(Integer.MAX_VALUE, limit));
        }
        if (file.isEmpty()) {
            throw ApiProblem.invalid("file", "is empty");
        }
        String fileName = StringUtils.getFilename(file.getOriginalFilename());
        FileFormat format = FileFormat.fromFileName(fileName)
                .orElseThrow(() -> ApiProblem.invalid("file", "must be a PDF, TXT, MD or HTML file (by its extension)"));
        if (title != null && title.length() > 255) {
            throw ApiProblem.invalid("title", "must be at most 255 characters");
        }
        String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        return new UploadedFile(StringUtils.hasText(title) ? title.trim() : titleOf(name), name, format, bytes(file));
    }

    private static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.replace('_', ' ').replace('-', ' ').trim();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
