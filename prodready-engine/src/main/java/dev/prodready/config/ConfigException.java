package dev.prodready.config;

/** .prodready.yml is malformed; the message names the file, the line and the field. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
