package dev.prodready.check;

import dev.prodready.catalogue.Item;
import dev.prodready.fact.Facts;
import dev.prodready.stack.StackProfile;

/** What a check may look at: the facts, the stack profile, and its own catalogue item. */
public record CheckContext(Facts facts, StackProfile stack, Item item) {
}
