/**
 * Sign-in and the coalition of each request: Spring Security configuration for the Vaadin UI, the
 * local demo accounts of the embedded default, and the filter that turns the signed-in user and the
 * coalition chosen in the session into the {@link org.liaison.tenancy.TenantContext} of the request.
 */
package org.liaison.security;
