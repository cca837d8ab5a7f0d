/**
 * Authentication schemes a client can be configured with: bearer token, API key in a header or the
 * query, HTTP basic, none, or several at once. Credentials may be fixed values or suppliers that
 * are asked once per attempt, so rotating tokens work. No scheme ever prints a credential.
 */
package dev.specgen.runtime.auth;
