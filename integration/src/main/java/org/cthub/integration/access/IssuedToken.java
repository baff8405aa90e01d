package org.cthub.integration.access;

/** A signed access token and how many seconds it stays valid. */
public record IssuedToken(String accessToken, long expiresInSeconds) {

    @Override
    public String toString() {
        return "IssuedToken[accessToken=<redacted>, expiresInSeconds=" + expiresInSeconds + "]";
    }
}
