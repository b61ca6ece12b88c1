package dev.prodready.check.infrastructure;

/** Families of managed database resources that share backup, encryption and network settings. */
public enum DbKind {
    /** Amazon RDS, Aurora, DocumentDB, Neptune: backup_retention_period, storage_encrypted, subnet groups. */
    RDS,
    CLOUD_SQL,
    /** Azure Database for PostgreSQL/MySQL: backups always on, geo-redundancy opt-in. */
    AZURE,
    DYNAMODB,
    FIRESTORE,
    ATLAS
}
