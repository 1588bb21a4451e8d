/**
 * Coalitions (tenants), who belongs to them with which roles, and the acting user's coalition for
 * the current unit of work. Every other feature asks {@link org.liaison.tenancy.TenantContext} whom it
 * works for and fails closed when no coalition is selected.
 */
package org.liaison.tenancy;
