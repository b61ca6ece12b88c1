package dev.prodready.catalogue;

/** One of the checklist's eight areas; {@code number} is the seed's section number. */
public record Area(String id, int number, String title) {
}
