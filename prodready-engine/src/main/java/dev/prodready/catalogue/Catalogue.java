package dev.prodready.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checklist as data: areas, items and red flags, loaded once from the engine's resources. */
public final class Catalogue {

    /** The area files under resources/catalogue/, in the seed's order. */
    static final List<String> AREA_FILES = List.of(
            "security", "infrastructure", "data", "monitoring", "performance", "compliance", "operations",
            "documentation");

    private static volatile Catalogue builtIn;

    private final List<Area> areas;
    private final List<Item> items;
    private final Map<String, Item> byId;
    private final List<RedFlag> redFlags;

    Catalogue(List<Area> areas, List<Item> items, List<RedFlag> redFlags) {
        this.areas = List.copyOf(areas);
        this.items = List.copyOf(items);
        this.redFlags = List.copyOf(redFlags);
        Map<String, Item> index = new LinkedHashMap<>();
        for (Item item : items) {
            if (index.put(item.id(), item) != null) {
                throw new CatalogueException("duplicate item id " + item.id());
            }
        }
        this.byId = Map.copyOf(index);
    }

    /** The catalogue shipped in the engine jar. */
    public static Catalogue builtIn() {
        Catalogue result = builtIn;
        if (result == null) {
            synchronized (Catalogue.class) {
                result = builtIn;
                if (result == null) {
                    result = new CatalogueLoader().loadBuiltIn();
                    builtIn = result;
                }
            }
        }
        return result;
    }

    public List<Area> areas() {
        return areas;
    }

    public List<Item> items() {
        return items;
    }

    public List<Item> items(Area area) {
        return items.stream().filter(i -> i.area().id().equals(area.id())).toList();
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<RedFlag> redFlags() {
        return redFlags;
    }

    /** Items that cover the given seed reference ("1.1.2") or red flag ("1.rf2"). */
    public List<Item> coveringSeedRef(String seedRef) {
        return items.stream().filter(i -> i.seedRefs().contains(seedRef) || i.redFlags().contains(seedRef)).toList();
    }
}
