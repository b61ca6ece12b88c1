package dev.prodready.fact;

/**
 * The landing page's JavaScript and images as the probe measured them.
 *
 * @param scripts           external script elements on the page
 * @param measuredScripts   those fetched from the site's own origins and counted below
 * @param jsTransferBytes   bytes on the wire for the measured scripts (compressed when served compressed)
 * @param jsDecodedBytes    the same scripts uncompressed
 * @param modernImages      images in WebP or AVIF (by extension, or a picture source type)
 * @param lazyImages        images with loading="lazy"
 */
public record PageWeight(String url, int scripts, int measuredScripts, long jsTransferBytes, long jsDecodedBytes,
                         int images, int modernImages, int lazyImages, Evidence evidence) implements Fact {
}
