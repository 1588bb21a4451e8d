package org.liaison.hrr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The compiled input a coordinator hands to review. */
public record HrrCompilation(
    @NotBlank(message = "{liaison.hrr.compiled.required}")
    @Size(max = HrrLimits.COMPILED, message = "{liaison.hrr.compiled.tooLong}") String text) {}
