package dev.prodready.fact;

/** Whether a server accepts a TLS protocol version, or that the probe could not tell. */
public enum ProtocolSupport {
    ACCEPTED, REFUSED, UNKNOWN
}
