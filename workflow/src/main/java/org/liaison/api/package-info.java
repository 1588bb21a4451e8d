/**
 * The REST API for integrations ({@code /api/**}): the coalition's cases and the caller's tasks,
 * always in the coalition named by the {@code X-Coalition} header, with errors as
 * {@code application/problem+json}. It calls feature services only.
 */
package org.liaison.api;
