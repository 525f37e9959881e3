package com.lyrox.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The {@code page} and {@code size} query parameters every list takes (size 1–100, default 20). */
public record PageQuery(
        @Schema(description = "Page number, from 0", example = "0", defaultValue = "0")
        @Min(value = 0, message = "must be 0 or more")
        @Max(value = 1_000_000, message = "must be at most 1000000") Integer page,
        @Schema(description = "Items per page", example = "20", defaultValue = "20", maximum = "100")
        @Min(value = 1, message = "must be between 1 and 100")
        @Max(value = 100, message = "must be between 1 and 100") Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public Pageable toPageable(Sort sort) {
        return PageRequest.of(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort);
    }
}
