/** Sign-in: password then a mailed 2FA code, sessions as rotating refresh-token families, logout. */
package io.trendscout.security.login;
