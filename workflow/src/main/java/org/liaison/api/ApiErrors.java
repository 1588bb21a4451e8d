package org.liaison.api;

import java.net.URI;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.NoCoalitionSelectedException;
import org.liaison.tenancy.NotAMemberException;
import org.liaison.workflow.MessageNotExpectedException;
import org.liaison.workflow.TaskNotAvailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API as {@code application/problem+json}: what is wrong and how to fix it, never a
 * stack trace. A record of another coalition gives exactly the 404 of one that does not exist.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  /** An id that is not even well-formed does not exist either. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail malformedId(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such record in this coalition");
  }

  @ExceptionHandler(TaskNotAvailableException.class)
  ProblemDetail taskNotAvailable(TaskNotAvailableException e) {
    return e.reason() == TaskNotAvailableException.Reason.GONE
        ? problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "Task was not found in this coalition")
        : problem(HttpStatus.CONFLICT, "task-claimed", "Task claimed by someone else",
            "The task is being worked on by " + e.claimedBy() + "; refresh the inbox");
  }

  /** A message no lifecycle of the record waits for (or several do): the record and message are named. */
  @ExceptionHandler(MessageNotExpectedException.class)
  ProblemDetail messageNotExpected(MessageNotExpectedException e) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, "message-not-expected", "Not expected now", e.getMessage());
    p.setProperty("record", e.record());
    p.setProperty("message", e.messageName());
    return p;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
        "Correct the fields listed in 'errors'; nothing was saved");
    p.setProperty("errors", e.fieldErrors());
    return p;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
        "Send a JSON object with the documented fields; nothing was saved");
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

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    log.warn("Bad API request: {}", e.getMessage());
    return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("https://liaison.example/problems/" + type));
    p.setTitle(title);
    return p;
  }
}
