package com.lyrox.platform.web;

import com.lyrox.platform.ApiProblem;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 bodies Lyrox answers with; {@code type} is stable per kind of error. */
public final class ProblemDetails {

    public static final String TYPE_BASE = "https://lyrox.app/problems/";

    private ProblemDetails() {
    }

    public static ProblemDetail of(ApiProblem problem) {
        ProblemDetail body = of(problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors());
        problem.properties().forEach(body::setProperty);
        return body;
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail,
                                   List<ApiProblem.FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return body;
    }
}
