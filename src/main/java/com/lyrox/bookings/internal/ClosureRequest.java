package com.lyrox.bookings.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A period a resource is closed, ISO-8601 instants. */
@Schema(name = "BookingClosureRequest")
record ClosureRequest(@NotNull @Schema(example = "2026-12-25T00:00:00Z") Instant start,
                      @NotNull @Schema(example = "2026-12-26T00:00:00Z") Instant end,
                      @Size(max = 255) @Schema(example = "Christmas") String reason) {
}
