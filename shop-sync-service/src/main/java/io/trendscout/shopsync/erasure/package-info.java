/** GDPR: on UserErased, deletes the account's connections, credentials, sync jobs, product versions and webhooks; keeps a tombstone. */
package io.trendscout.shopsync.erasure;
