package org.liaison.api;

import java.net.URI;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.common.StaleRecordException;
import org.liaison.tenancy.NoCoalitionSelectedException;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.workflow.MessageNotExpectedException;
import org.liaison.workflow.TaskNotAvailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.liaison.common.DatabaseUnavailable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as {@code application/problem+json}: what is wrong and how to fix it, never a
 * stack trace. A record of another coalition gives exactly the 404 of one that does not exist.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  /** An id that is not even well-formed does not exist either; a malformed query parameter is named. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (e instanceof MethodArgumentTypeMismatchException m && m.getParameter().hasParameterAnnotation(PathVariable.class)) {
      return problemResponse(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such record in this coalition"));
    }
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
        "Correct the parameters listed in 'errors'; nothing was changed");
    p.setProperty("errors", Map.of(String.valueOf(name), "is not a valid " + simpleType(e.getRequiredType())));
    return problemResponse(p);
  }

  @ExceptionHandler(TaskNotAvailableException.class)
  ProblemDetail taskNotAvailable(TaskNotAvailableException e) {
    return switch (e.reason()) {
      case GONE -> problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "Task was not found in this coalition");
      case CLAIMED_BY_SOMEONE_ELSE -> problem(HttpStatus.CONFLICT, "task-claimed", "Task claimed by someone else",
          "The task is being worked on by " + e.claimedBy() + "; refresh the inbox");
      case OWNED -> problem(HttpStatus.CONFLICT, "task-owned", "Task assigned to its owner",
          "The task is assigned to " + e.claimedBy() + " because they own the record, so it cannot be handed back "
              + "to a group; ask a coordinator to reassign it");
    };
  }

  /** A message no lifecycle of the record waits for (or several do): the record and message are named. */
  @ExceptionHandler(MessageNotExpectedException.class)
  ProblemDetail messageNotExpected(MessageNotExpectedException e) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, "message-not-expected", "Not expected now", e.getMessage());
    p.setProperty("record", e.record());
    p.setProperty("message", e.messageName());
    return p;
  }

  /** Someone saved the record after the caller read it: 409, nothing saved; read it again and retry. */
  @ExceptionHandler(StaleRecordException.class)
  ProblemDetail stale(StaleRecordException e) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, "stale-record", "Changed by someone else", e.getMessage());
    p.setProperty("record", e.record());
    return p;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
        "Correct the fields listed in 'errors'; nothing was saved");
    p.setProperty("errors", e.fieldErrors());
    return p;
  }

  /**
   * A body that is not the JSON the endpoint takes: a 400 that names the field and says what it
   * must be, when the parser can tell; never a guess at what was meant.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
        "Send a JSON object with the documented fields; nothing was saved");
    Throwable cause = e.getCause();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ApiBodyLimit.BodyTooLargeException) {
        return problemResponse(problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request too large",
            "A request body of this API is at most " + ApiBodyLimit.MAX_BYTES / 1024 + " KB; nothing was saved"));
      }
    }
    StreamConstraintsException beyondLimits = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      beyondLimits = t instanceof StreamConstraintsException limit ? limit : beyondLimits;
    }
    if (beyondLimits != null) {
      p.setDetail("The body is larger, longer or deeper than any request of this API can be (texts of at most "
          + StrictJson.MAX_STRING_LENGTH + " characters, lists of a few hundred items, " + StrictJson.MAX_NESTING_DEPTH
          + " levels); nothing was saved");
      String field = beyondLimits.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
          ? JsonFields.path(parser.getParsingContext()) : "";
      for (Throwable t = e; t != null && field.isEmpty(); t = t.getCause()) {
        field = t instanceof JsonMappingException mapping ? JsonFields.path(mapping) : field;
      }
      if (beyondLimits.getMessage() != null && beyondLimits.getMessage().startsWith("String value length") && !field.isEmpty()) {
        p.setProperty("errors", Map.of(field, "is longer than any text of this API may be (at most "
            + StrictJson.MAX_STRING_LENGTH + " characters)"));
      }
    } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = JsonFields.path(mapping);
      p.setProperty("errors", Map.of(field, JsonFields.problem(mapping)));
      p.setDetail("Correct the fields listed in 'errors'; nothing was saved");
    }
    return problemResponse(p);
  }

  /** A body that is not JSON: says what to send instead. */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String sent = e.getContentType() == null ? "no Content-Type"
        : "'" + e.getContentType().getType() + "/" + e.getContentType().getSubtype() + "'";
    ProblemDetail p = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
        "This endpoint takes JSON: send the body with 'Content-Type: application/json' (this request sent " + sent
            + "); nothing was saved");
    return handleExceptionInternal(e, p, headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
  }

  /** The standard errors of Spring MVC (405, 415, 404 of an unknown path, …) in the house style. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail p
        && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
      p.setType(URI.create("https://liaison.example/problems/http-" + status.value()));
      if (status.value() == HttpStatus.NOT_FOUND.value()) {
        p.setTitle("Not found");
        p.setDetail("No such endpoint in Liaison's API; the endpoints are described at /v3/api-docs");
      }
    }
    return response;
  }

  @ExceptionHandler(NotAllowedException.class)
  ProblemDetail notAllowed(NotAllowedException e) {
    return problem(HttpStatus.FORBIDDEN, "not-allowed", "Not allowed", e.getMessage());
  }

  @ExceptionHandler({NotAMemberException.class, NoCoalitionSelectedException.class})
  ProblemDetail noCoalition(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "not-a-member", "Not a member of this coalition",
        "Name one of your coalitions in the X-Coalition header");
  }

  /**
   * The database does not answer (stopped, restarting): 503 with when to try again, nothing saved. A
   * failure of the engine is answered so only when the database is its cause; any other goes on as the
   * unexpected error it is.
   */
  @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
      ProcessEngineException.class})
  ResponseEntity<Object> databaseUnavailable(RuntimeException e) {
    if (!DatabaseUnavailable.causedBy(e)) {
      throw e;
    }
    log.warn("The database does not answer: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
        .body(databaseProblem());
  }

  /** What the API answers while the database does not: 503, try again in half a minute, nothing saved. */
  static ProblemDetail databaseProblem() {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "temporarily-unavailable", "Temporarily unavailable",
        DatabaseUnavailable.API_DETAIL);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    log.warn("Bad API request: {}", e.getMessage());
    return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
  }

  private static ResponseEntity<Object> problemResponse(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "number";
    }
    if (type.isEnum()) {
      return "value, one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("https://liaison.example/problems/" + type));
    p.setTitle(title);
    return p;
  }
}
