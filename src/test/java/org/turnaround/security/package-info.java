/**
 * Tests of who may do what: the authorization matrix, CSRF, sign-in and lockout, and the
 * security headers on every page.
 */
package org.turnaround.security;
