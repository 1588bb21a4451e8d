package org.liaison.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A plain-text message to queue.
 *
 * @param idempotencyKey names this message within the coalition, so that queuing it again (a retried
 *     job, a repeated click) queues nothing: derive it from what the message is about, e.g.
 *     {@code outreach:<case id>} or {@code follow-up:<case id>:<number>}, never from a random value
 * @param to one or more recipient addresses
 */
public record OutgoingMail(
    @NotBlank(message = "{liaison.mail.key.required}") @Size(max = 200, message = "{liaison.mail.key.tooLong}")
    String idempotencyKey,
    @NotEmpty(message = "{liaison.mail.to.required}") @Size(max = 50, message = "{liaison.mail.to.tooMany}")
    List<@NotBlank(message = "{liaison.mail.to.invalid}") @Email(message = "{liaison.mail.to.invalid}")
        @Size(max = 320, message = "{liaison.mail.to.invalid}") String> to,
    @NotBlank(message = "{liaison.mail.subject.required}") @Size(max = 300, message = "{liaison.mail.subject.tooLong}")
    @Pattern(regexp = "[^\\r\\n]*", message = "{liaison.mail.subject.oneLine}") String subject,
    @NotBlank(message = "{liaison.mail.body.required}") @Size(max = 100_000, message = "{liaison.mail.body.tooLong}")
    String body) {}
