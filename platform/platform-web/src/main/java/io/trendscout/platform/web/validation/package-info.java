/** Bean Validation constraints every service uses for URL and free-text input. */
package io.trendscout.platform.web.validation;
