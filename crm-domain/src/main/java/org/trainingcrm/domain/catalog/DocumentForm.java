package org.trainingcrm.domain.catalog;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;

/**
 * A document to attach to a course as a user gave it: a programme, a price list, a handout.
 * Either its bytes are stored with the course, or only a reference to where the host keeps it.
 */
public final class DocumentForm {

    /** Largest document kept in the CRM's own database. */
    public static final int MAX_INLINE_BYTES = 16 * 1024 * 1024;
    /** Largest document the CRM accepts a reference to. */
    public static final long MAX_STORED_BYTES = 2L * 1024 * 1024 * 1024;

    // type/subtype with optional parameters, as RFC 6838 and RFC 2045 allow them
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(\\s*;\\s*[a-z0-9!#$&^_.+-]+=[^;]+)*");

    private final String name;
    private final String mediaType;
    private final byte[] content;
    private final String storageReference;
    private final Long declaredSize;

    private DocumentForm(String name, String mediaType, byte[] content, String storageReference, Long declaredSize) {
        this.name = name;
        this.mediaType = mediaType;
        this.content = content == null ? null : content.clone();
        this.storageReference = storageReference;
        this.declaredSize = declaredSize;
    }

    /** A document whose bytes the CRM keeps. */
    public static DocumentForm inline(String name, String mediaType, byte[] content) {
        return new DocumentForm(name, mediaType, content, null, null);
    }

    /** A document the host keeps elsewhere (a file store, a URL), known to the CRM by reference and size. */
    public static DocumentForm stored(String name, String mediaType, String storageReference, long size) {
        return new DocumentForm(name, mediaType, null, storageReference, size);
    }

    /**
     * Checks every field into a document of the course; refusals are named
     * {@code document.name}, {@code document.mediaType}, {@code document.content}, {@code document.size}
     * or {@code document.storageReference}.
     */
    public CourseDocument validate(CourseDocumentId id, CourseId course, Instant attachedAt) {
        Validation check = Validation.of("document");
        String title = check.field("name", () -> Text.required("name", name, 255));
        String type = check.field("mediaType", this::checkedMediaType);
        String reference = null;
        long size = 0;
        if (content != null && storageReference != null) {
            check.refuse("content", content.length + " bytes", "give either the bytes or a storage reference, not both");
        } else if (content != null) {
            size = content.length;
            if (content.length == 0) {
                check.refuse("content", "0 bytes", "is empty");
            } else if (content.length > MAX_INLINE_BYTES) {
                check.refuse("content", content.length + " bytes",
                        "is larger than " + MAX_INLINE_BYTES + " bytes; store it elsewhere and attach a reference");
            }
        } else {
            reference = check.field("storageReference",
                    () -> Text.required("storageReference", storageReference, 1000));
            size = declaredSize == null ? -1 : declaredSize;
            if (size < 1 || size > MAX_STORED_BYTES) {
                check.refuse("size", declaredSize, "must be between 1 and " + MAX_STORED_BYTES + " bytes");
            }
        }
        check.throwIfInvalid();
        return new CourseDocument(id, course, title, type, size, content, reference, attachedAt);
    }

    private String checkedMediaType() {
        String type = Text.required("mediaType", mediaType, 255);
        String lower = type.toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(lower).matches()) {
            throw new InvalidValue("mediaType", mediaType,
                    "is not a media type such as application/pdf");
        }
        return lower;
    }
}
