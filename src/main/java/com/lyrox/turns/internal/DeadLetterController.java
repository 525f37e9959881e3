package com.lyrox.turns.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import com.lyrox.platform.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Range;
import org.springframework.data.domain.Sort;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Jobs of the message path that kept failing, for the company's admins to see and retry. */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "WhatsApp jobs that failed every attempt; OWNER and ADMIN")
class DeadLetterController {

    private static final int SCAN_LIMIT = 10_000;

    private final StringRedisTemplate redis;

    DeadLetterController(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** A failed job: what it was and how often it was tried. */
    record DeadLetter(@Schema(example = "1767226500000-0") String id, @Schema(example = "message") String kind,
                      @Schema(example = "5") int attempts, @Schema(example = "2026-11-22T21:45:13Z") String deadAt,
                      @Schema(description = "The job as queued (JSON)") String payload) {
    }

    @GetMapping
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "List the company's dead letters, newest first")
    PageResponse<DeadLetter> list(@ParameterObject @Valid PageQuery page) {
        var pageable = page.toPageable(Sort.unsorted());
        List<DeadLetter> mine = mine();
        int from = (int) Math.min(pageable.getOffset(), mine.size());
        int to = Math.min(from + pageable.getPageSize(), mine.size());
        return new PageResponse<>(mine.subList(from, to), pageable.getPageNumber(), pageable.getPageSize(), mine.size());
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Queue a dead letter again")
    DeadLetter retry(@PathVariable String id) {
        DeadLetter letter = mine().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Dead letter"));
        redis.opsForStream().add(RedisInboundQueue.STREAM, Map.of("kind", letter.kind(),
                "companyId", TenantContext.requireCompanyId().toString(), "payload", letter.payload()));
        redis.opsForStream().delete(RedisInboundQueue.DEAD_LETTERS, RecordId.of(id));
        return letter;
    }

    private List<DeadLetter> mine() {
        String companyId = TenantContext.requireCompanyId().toString();
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().reverseRange(RedisInboundQueue.DEAD_LETTERS,
                Range.unbounded(), Limit.limit().count(SCAN_LIMIT));
        return records == null ? List.of() : records.stream()
                .filter(record -> companyId.equals(String.valueOf(record.getValue().get("companyId"))))
                .map(DeadLetterController::letter)
                .collect(Collectors.toList());
    }

    private static DeadLetter letter(MapRecord<String, Object, Object> record) {
        Map<Object, Object> fields = record.getValue();
        return new DeadLetter(record.getId().getValue(), String.valueOf(fields.get("kind")),
                Integer.parseInt(String.valueOf(fields.getOrDefault("attempts", "0"))),
                String.valueOf(fields.get("deadAt")), String.valueOf(fields.get("payload")));
    }
}
