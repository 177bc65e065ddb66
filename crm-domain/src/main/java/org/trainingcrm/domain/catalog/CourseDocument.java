package org.trainingcrm.domain.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A document attached to a course: its bytes kept by the CRM, or a reference to the host's store. */
public class CourseDocument {

    private CourseDocumentId id;
    private CourseId course;
    private String name;
    private String mediaType;
    private long sizeBytes;
    private byte[] content;
    private String storageReference;
    private Instant attachedAt;
    private long version;

    protected CourseDocument() {
    }

    /** Made by {@link DocumentForm#validate}, which checks the name, type and size limits. */
    CourseDocument(CourseDocumentId id, CourseId course, String name, String mediaType, long sizeBytes,
            byte[] content, String storageReference, Instant attachedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.course = Objects.requireNonNull(course, "course");
        this.name = Objects.requireNonNull(name, "name");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.sizeBytes = sizeBytes;
        this.content = content == null ? null : content.clone();
        this.storageReference = storageReference;
        this.attachedAt = Objects.requireNonNull(attachedAt, "attachedAt");
    }

    public CourseDocumentId id() {
        return id;
    }

    public CourseId course() {
        return course;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return sizeBytes;
    }

    /** The bytes, when the CRM keeps them. */
    public Optional<byte[]> content() {
        return Optional.ofNullable(content).map(byte[]::clone);
    }

    /** Where the host keeps the document, when the CRM does not. */
    public Optional<String> storageReference() {
        return Optional.ofNullable(storageReference);
    }

    public Instant attachedAt() {
        return attachedAt;
    }

    public long version() {
        return version;
    }

    /** The document as a list shows it, without its bytes. */
    public DocumentListing listing() {
        return new DocumentListing(id, course, name, mediaType, sizeBytes, storageReference, attachedAt);
    }
}
