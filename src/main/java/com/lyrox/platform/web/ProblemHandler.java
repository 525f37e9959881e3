package com.lyrox.platform.web;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.StoreOutage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into problem+json: field errors for validation, a stable {@code type},
 * and never a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final DataSize maxUploadSize;

    ProblemHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> handle(ApiProblem problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, problem.retryAfter().toSeconds())));
        }
        return response.body(ProblemDetails.of(problem));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> handleDenied(RuntimeException e) {
        return handle(ApiProblem.forbidden("Your role does not allow this action"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        return handle(ApiProblem.invalid(e.getName(), "has an invalid value '" + e.getValue() + "'"));
    }

    /**
     * A store that is down answers 503 with Retry-After, naming the store, wherever the failure
     * surfaced and however it was wrapped; anything else is a bug and a 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        Optional<StoreOutage> outage = StoreOutage.of(e);
        if (outage.isPresent()) {
            // The outage itself is logged once by the workers and shown by the health endpoint;
            // a line per request would flood the log while it lasts.
            log.debug("Answered 503, {} unavailable: {}", outage.get().store(), e.toString());
            return handle(ApiProblem.unavailable(outage.get()));
        }
        log.error("Unhandled error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetails.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side; try again, and contact support if it persists", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(new ApiProblem.FieldError(error.getField(),
                error.isBindingFailure() ? "has an invalid value '" + error.getRejectedValue() + "'" : error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new ApiProblem.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return validationFailed(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new ApiProblem.FieldError(
                    error instanceof org.springframework.validation.FieldError field ? field.getField() : name,
                    error.getDefaultMessage())));
        }
        return validationFailed(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The servlet container often does not say which limit it applied
        long limit = e.getMaxUploadSize() >= 0 ? e.getMaxUploadSize() : maxUploadSize.toBytes();
        ApiProblem problem = ApiProblem.payloadTooLarge((int) Math.min(Integer.MAX_VALUE, Math.max(0, limit)));
        return ResponseEntity.status(problem.status()).body(ProblemDetails.of(problem));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            return validationFailed(List.of(new ApiProblem.FieldError(field, "has an invalid value or type")));
        }
        return ResponseEntity.badRequest().body(ProblemDetails.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "Malformed request", "The request body is missing or is not valid JSON", List.of()));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            problem.setType(java.net.URI.create(ProblemDetails.TYPE_BASE + status.name().toLowerCase().replace('_', '-')));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationFailed(List<ApiProblem.FieldError> errors) {
        return ResponseEntity.badRequest().body(ProblemDetails.of(ApiProblem.invalid(errors)));
    }
}
