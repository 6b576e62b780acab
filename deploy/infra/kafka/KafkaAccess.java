import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Gives each principal of the ACL files its SCRAM-SHA-512 credential and exactly the ACLs the files list, through
 * the Admin API in one JVM (the command-line tools take a JVM per line). Run by deploy/infra/kafka.sh on the cached
 * broker classpath as a single-file program:
 *
 * <pre>java -cp 'libs/*' KafkaAccess.java ADMIN_CLIENT_PROPERTIES ACL_FILE...</pre>
 *
 * A principal's password comes from the environment variable SK_KAFKA_PASSWORD_<NAME> (upper case, '-' as '_'), and is
 * the principal's own name when that is unset: the local broker's development default, like the databases' roles.
 * Idempotent: credentials are upserted, existing ACLs are left as they are.
 */
public class KafkaAccess {
    public static void main(String[] args) throws Exception {
        Properties admin = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]))) {
            admin.load(reader);
        }
        List<AclBinding> acls = new ArrayList<>();
        Set<String> principals = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            for (String[] fields : lines(Path.of(args[i]))) {
                principals.add(fields[0]);
                acls.add(acl(fields));
            }
        }
        try (Admin client = Admin.create(admin)) {
            List<UserScramCredentialUpsertion> credentials = principals.stream()
                    .map(name -> new UserScramCredentialUpsertion(name,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password(name)))
                    .toList();
            client.alterUserScramCredentials(List.copyOf(credentials)).all().get();
            client.createAcls(acls).all().get();
        }
        System.out.println(principals.size() + " principals, " + acls.size() + " ACLs");
    }

    private static List<String[]> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.replaceAll("#.*", "").trim())
                .filter(line -> !line.isEmpty()).map(line -> line.split("\\s+")).toList();
    }

    /** principal operation resource pattern name, e.g. "chat-service WRITE topic prefixed chat-events". */
    private static AclBinding acl(String[] fields) {
        if (fields.length != 5) {
            throw new IllegalArgumentException("not 'principal operation resource pattern name': " + String.join(" ", fields));
        }
        ResourceType resource = ResourceType.fromString(fields[2].toUpperCase(Locale.ROOT));
        PatternType pattern = PatternType.fromString(fields[3].toUpperCase(Locale.ROOT));
        AclOperation operation = AclOperation.fromString(fields[1].toUpperCase(Locale.ROOT));
        if (resource == ResourceType.UNKNOWN || pattern == PatternType.UNKNOWN || operation == AclOperation.UNKNOWN) {
            throw new IllegalArgumentException("unknown resource, pattern or operation: " + String.join(" ", fields));
        }
        return new AclBinding(new ResourcePattern(resource, fields[4], pattern),
                new AccessControlEntry("User:" + fields[0], "*", operation, AclPermissionType.ALLOW));
    }

    private static String password(String principal) {
        String variable = "SK_KAFKA_PASSWORD_" + principal.toUpperCase(Locale.ROOT).replace('-', '_');
        String password = System.getenv(variable);
        return password == null || password.isEmpty() ? principal : password;
    }
}
