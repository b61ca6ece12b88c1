package dev.prodready.fact;

/**
 * A sensitive path asked of the deployed site, judged by what came back rather than the status alone.
 *
 * @param exposed whether the body really is that kind of file (an env file, git metadata, a dump...)
 * @param detail  what the judgement rests on
 */
public record ExposedFile(String path, String url, int status, boolean exposed, String detail, Evidence evidence)
        implements Fact {
}
