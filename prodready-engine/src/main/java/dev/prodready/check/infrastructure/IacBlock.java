package dev.prodready.check.infrastructure;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;

/**
 * A block of infrastructure code read from lines: a Terraform resource (type "aws_db_instance"), a
 * CloudFormation resource (type "AWS::RDS::DBInstance") or a nested block (type "ingress") inside one.
 * It spans lines {@code line} (its header) up to, not including, {@code end}.
 */
public record IacBlock(String path, int line, int end, String type, String name, ContentMatch header) {

    public boolean contains(ContentMatch match) {
        return match.evidence().path() != null && match.evidence().path().equals(path)
                && match.evidence().line() >= line && match.evidence().line() < end;
    }

    public Evidence evidence(String note) {
        return header.evidence().withNote(note);
    }

    /** "aws_db_instance.main" for Terraform, the type alone for CloudFormation. */
    public String label() {
        return name.isEmpty() ? type : type + "." + name;
    }
}
