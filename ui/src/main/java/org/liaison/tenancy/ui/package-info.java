/** Screens of tenancy: signing in, and what a person sees who belongs to no coalition or asks for one they are not in. */
package org.liaison.tenancy.ui;
