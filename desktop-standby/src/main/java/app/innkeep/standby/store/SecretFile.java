package app.innkeep.standby.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret the standby keeps beside its replica (the AES key, the operator token): a file only the account that runs
 * the standby can read. On POSIX systems that is mode {@code rw-------}; on Windows (NTFS) an ACL with one entry, for
 * the file's owner, and nothing inherited from the folder. Every start checks it again and tightens a loosened file;
 * one it cannot tighten stops the start with what to type (ADR 0012, 0023).
 */
public final class SecretFile {

    private static final Logger LOG = LoggerFactory.getLogger(SecretFile.class);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * What the owner may do with its secret on Windows: read and rewrite it, read its attributes and ACL, and delete
     * it. SYNCHRONIZE is what every Windows file open asks for. WRITE_ACL and WRITE_OWNER are left out: an owner has
     * them implicitly, nobody else needs them.
     */
    private static final Set<AclEntryPermission> OWNER_RIGHTS = EnumSet.of(
            AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA,
            AclEntryPermission.APPEND_DATA,
            AclEntryPermission.READ_ATTRIBUTES,
            AclEntryPermission.WRITE_ATTRIBUTES,
            AclEntryPermission.READ_NAMED_ATTRS,
            AclEntryPermission.WRITE_NAMED_ATTRS,
            AclEntryPermission.READ_ACL,
            AclEntryPermission.DELETE,
            AclEntryPermission.SYNCHRONIZE);

    private SecretFile() {}

    /** Writes a new owner-only file; when another process created it first, returns what that one wrote. */
    public static String create(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Set<String> views = file.getFileSystem().supportedFileAttributeViews();
        try {
            if (views.contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                // Windows: the new file carries the folder's inherited entries (Users, Administrators…) until its ACL
                // is replaced, so it is replaced while the file is still empty, before the secret is written.
                if (views.contains("acl")) {
                    makeAclOwnerOnly(file);
                }
            }
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return content;
    }

    /** Reads the secret, making the file owner-only again if someone loosened it. */
    public static String read(Path file) throws IOException {
        keepOwnerOnly(file);
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    /**
     * Makes the file owner-only when it is not. A file the standby cannot tighten (another account owns it, say)
     * refuses the start: the message says what to type, as the account that runs the standby.
     */
    static void keepOwnerOnly(Path file) throws IOException {
        Set<String> views = file.getFileSystem().supportedFileAttributeViews();
        if (views.contains("posix")) {
            keepPosixOwnerOnly(file);
        } else if (views.contains("acl")) {
            keepAclOwnerOnly(file);
        }
        // A file system with neither (FAT on a USB stick) cannot keep a secret from anyone; ADR 0023 says not to
        // put the data folder there.
    }

    private static void keepPosixOwnerOnly(Path file) throws IOException {
        UserPrincipal owner = Files.getOwner(file);
        UserPrincipal runner = runningAccount(file);
        if (runner != null && !owner.equals(runner)) {
            // Its owner can loosen it again at any time, so tightening would not make it ours.
            throw new IllegalStateException(file + " belongs to the account " + owner.getName()
                    + ", not to " + runner.getName() + ", which runs the standby: another account could read it. As an"
                    + " administrator, give it to the standby's account and make it owner-only: chown "
                    + runner.getName() + " '" + file + "' && chmod 600 '" + file + "'");
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
        if (now.equals(OWNER_ONLY)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (IOException e) {
            throw new IllegalStateException(
                    file + " can be read by others (" + PosixFilePermissions.toString(now) + ") and the standby"
                            + " could not make it owner-only (" + e.getMessage() + "). As its owner, run: chmod 600 '"
                            + file + "'",
                    e);
        }
        LOG.warn("{} was {}; made owner-only (rw-------) again", file, PosixFilePermissions.toString(now));
    }

    private static void keepAclOwnerOnly(Path file) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        UserPrincipal owner = view.getOwner();
        List<AclEntry> now = view.getAcl();
        if (isOwnerOnly(now, owner)) {
            return;
        }
        String others = now.stream()
                .filter(e -> e.type() == AclEntryType.ALLOW && !e.principal().equals(owner))
                .map(e -> e.principal().getName())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .collect(Collectors.joining(", "));
        try {
            makeAclOwnerOnly(file);
        } catch (IOException e) {
            throw new IllegalStateException(
                    file + " can be read by " + (others.isEmpty() ? "other accounts" : others)
                            + " and the standby could not make it owner-only (" + e.getMessage() + "). As "
                            + owner.getName() + " (or an administrator), run: icacls \"" + file
                            + "\" /inheritance:r /grant:r \"" + owner.getName() + ":(R,W,D)\""
                            + (others.isEmpty() ? "" : " and remove the others with /remove"),
                    e);
        }
        LOG.warn(
                "{} {}; made readable by {} only again",
                file,
                others.isEmpty() ? "had no entry for its owner" : "could be read by " + others,
                owner.getName());
    }

    /**
     * True when every entry that grants something grants it to the owner: a deny entry keeps nobody's secret from
     * them, and Java's ACL view cannot tell an inherited entry from an explicit one, so an inherited entry for anyone
     * else shows up here as "someone else" and is removed.
     */
    static boolean isOwnerOnly(List<AclEntry> acl, UserPrincipal owner) {
        return !acl.isEmpty()
                && acl.stream()
                        .allMatch(e ->
                                e.type() != AclEntryType.ALLOW || e.principal().equals(owner));
    }

    /**
     * Replaces the whole ACL with one entry for the owner. Setting the list explicitly drops every entry inherited
     * from the folder; the next start checks again, so an entry a later change of the folder pushes down is removed.
     * When the standby runs as a Windows service under LocalSystem, SYSTEM is the owner and so the one entry.
     */
    private static void makeAclOwnerOnly(Path file) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        view.setAcl(List.of(ownerEntry(view.getOwner())));
    }

    static AclEntry ownerEntry(UserPrincipal owner) {
        return AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(OWNER_RIGHTS)
                .build();
    }

    /** The account this JVM runs as, on the file's own file system; null when that system cannot name it. */
    private static UserPrincipal runningAccount(Path file) {
        try {
            return file.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException unknown) {
            return null;
        }
    }
}
