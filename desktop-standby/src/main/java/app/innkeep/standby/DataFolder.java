package app.innkeep.standby;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the standby keeps its replica, key, token, journal and backups when nothing names a folder: the place each
 * operating system gives an account's own application data. It lies outside the install folder, so installing a new
 * version over the old one never touches it. {@code INNKEEP_STANDBY_DATA_DIR} (the setting
 * {@code innkeep.standby.data-dir}) overrides it.
 */
public final class DataFolder {

    /** The environment variable that names another folder; the app's own setting reads it too. */
    public static final String OVERRIDE = "INNKEEP_STANDBY_DATA_DIR";

    private DataFolder() {}

    /** The folder for this PC and account: the override when set, otherwise {@link #usualFor}. */
    public static Path forThisPc() {
        return forPc(
                System.getProperty("os.name"),
                System.getenv(),
                FileSystems.getDefault().getPath(System.getProperty("user.home")));
    }

    /**
     * The folder for a PC described by its OS name, environment and home folder; paths are built on the home folder's
     * own file system, so a Windows PC can be modelled on another one.
     */
    public static Path forPc(String osName, Map<String, String> env, Path home) {
        String named = env.get(OVERRIDE);
        if (named != null && !named.isBlank()) {
            return home.getFileSystem().getPath(named);
        }
        return usualFor(osName, env, home);
    }

    /**
     * Windows: {@code %LOCALAPPDATA%\Innkeep\standby} (local, not roaming: a replica of hundreds of MB must not travel
     * with a roaming profile). macOS: {@code ~/Library/Application Support/Innkeep/standby}. Others (Linux and the
     * rest of the Unix family): {@code $XDG_DATA_HOME/innkeep/standby}, where an unset or relative
     * {@code XDG_DATA_HOME} means {@code ~/.local/share}, as the XDG Base Directory specification says.
     */
    public static Path usualFor(String osName, Map<String, String> env, Path home) {
        FileSystem fs = home.getFileSystem();
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank()
                    ? fs.getPath(local)
                    : home.resolve("AppData").resolve("Local");
            return base.resolve("Innkeep").resolve("standby");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library")
                    .resolve("Application Support")
                    .resolve("Innkeep")
                    .resolve("standby");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && fs.getPath(xdg).isAbsolute()
                ? fs.getPath(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("innkeep").resolve("standby");
    }
}
