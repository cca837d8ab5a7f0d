package dev.specgen.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Pins the facts the four flagship specs in {@code specs/} encode (from the provider reference
 * pages, the published specs and the provider documentation), so that an edit cannot silently
 * drop one. Reads the YAML directly and follows {@code $ref}s itself, independent of the loader.
 */
class FlagshipSpecFactsTest {

    private static final String SHARED = "./common/chatwoot-compatible.yaml#/components/";

    // ---------------------------------------------------------------- Front

    @Nested
    class Front {
        final Node spec = spec("front.yaml");
        final Node op = spec.at("paths", "/contacts/{contact_id}/conversations", "get");

        @Test
        void serverAndBearerAuth() {
            assertThat(spec.at("servers").list()).hasSize(1);
            assertThat(spec.at("servers").item(0).str("url")).isEqualTo("https://api2.frontapp.com");
            assertBearerOnlySecurity(spec);
        }

        @Test
        void operationAndRequiredScope() {
            assertThat(op.str("operationId")).isEqualTo("listContactConversations");
            assertThat(op.at("x-required-scopes").list()).containsExactly("conversations:read");
            assertThat(op.str("description"))
                    .contains("reverse chronological order (newest first)")
                    .contains("Required scope: `conversations:read`");
        }

        @Test
        void contactIdIsAnIdOrAPercentEncodedResourceAlias() {
            Node p = param(op, "contact_id", "path");
            assertThat(p.bool("required")).isTrue();
            assertThat(p.at("schema").str("type")).isEqualTo("string");
            assertThat(p.get("example").value()).isEqualTo("crd_123");
            assertThat(p.at("schema", "examples").list()).contains("crd_123", "alt:email:leela@planet-express.com");
            assertThat(p.str("description")).contains("resource alias").contains("percent-encoded");
        }

        @Test
        void queryObjectIsADeepObjectAcceptingTrashedAndDeleted() {
            Node q = param(op, "q", "query");
            assertThat(q.str("style")).isEqualTo("deepObject");
            assertThat(q.bool("explode")).isTrue();
            assertThat(q.str("description")).contains("q[statuses]=assigned&q[statuses]=archived");
            Node schema = q.at("schema");
            assertThat(schema.str("type")).isEqualTo("object");
            assertThat(schema.at("properties").keys()).containsExactlyInAnyOrder("statuses", "status_categories", "status_ids");
            Node statuses = schema.at("properties", "statuses");
            assertThat(statuses.str("type")).isEqualTo("array");
            assertThat(statuses.at("items", "enum").list())
                    .containsExactlyInAnyOrder("assigned", "unassigned", "archived", "trashed", "deleted");
            Node categories = schema.at("properties", "status_categories");
            assertThat(categories.str("type")).isEqualTo("array");
            assertThat(categories.at("items", "enum").list()).containsExactlyInAnyOrder("open", "waiting", "resolved");
            Node ids = schema.at("properties", "status_ids");
            assertThat(ids.str("type")).isEqualTo("array");
            assertThat(ids.at("items").str("type")).isEqualTo("string");
        }

        @Test
        void limitAndPageToken() {
            Node limit = param(op, "limit", "query");
            assertThat(limit.at("schema").str("type")).isEqualTo("integer");
            assertThat(limit.at("schema").num("maximum")).isEqualTo(100);
            assertThat(param(op, "page_token", "query").at("schema").str("type")).isEqualTo("string");
        }

        @Test
        void pageFollowsNextUrl() {
            Node xp = op.at("x-pagination");
            assertThat(xp.keys()).containsExactlyInAnyOrder("style", "items", "nextUrl");
            assertThat(xp.str("style")).isEqualTo("next-url");
            assertThat(xp.str("items")).isEqualTo("_results");
            assertThat(xp.str("nextUrl")).isEqualTo("_pagination.next");
            Node body = okSchema(op);
            assertThat(types(body.at("properties", "_pagination", "properties", "next"))).containsExactlyInAnyOrder("string", "null");
            assertThat(body.at("properties", "_links", "properties").keys()).contains("self");
            assertThat(body.at("properties", "_results").str("type")).isEqualTo("array");
        }

        @Test
        void conversationHasEverySeedField() {
            Node conversation = okSchema(op).at("properties", "_results", "items");
            assertThat(conversation.has("description")).isTrue();
            assertThat(conversation.at("properties").keys()).containsExactlyInAnyOrder(
                    "_links", "id", "subject", "status", "assignee", "recipient", "tags", "last_message",
                    "created_at", "is_private");
            assertThat(conversation.at("properties", "_links", "properties", "related", "properties").keys())
                    .containsExactlyInAnyOrder("events", "followers", "messages", "comments", "inboxes");
            assertThat(conversation.at("properties", "status", "enum").list())
                    .contains("assigned", "unassigned", "archived", "trashed", "deleted");
            Node createdAt = conversation.at("properties", "created_at");
            assertThat(createdAt.str("type")).isEqualTo("number");
            assertThat(createdAt.has("format")).isFalse();
            assertThat(conversation.at("properties", "is_private").str("type")).isEqualTo("boolean");

            Node teammate = nonNullBranch(conversation.at("properties", "assignee"));
            assertTeammate(teammate);
            Node recipient = conversation.at("properties", "recipient");
            assertThat(recipient.at("properties").keys()).containsExactlyInAnyOrder("_links", "handle", "role");
            assertThat(recipient.at("properties", "role", "enum").list()).contains("to");
            assertThat(recipient.at("properties", "_links", "properties", "related", "properties").keys()).containsExactly("contact");
            Node tag = conversation.at("properties", "tags", "items");
            assertThat(tag.at("properties").keys()).containsExactlyInAnyOrder(
                    "_links", "id", "name", "highlight", "is_private", "created_at", "updated_at");
            assertThat(tag.at("properties", "_links", "properties", "related", "properties").keys())
                    .containsExactlyInAnyOrder("conversations", "owner", "children");

            Node message = conversation.at("properties", "last_message");
            assertThat(message.at("properties").keys()).containsExactlyInAnyOrder(
                    "_links", "id", "type", "is_inbound", "is_draft", "created_at", "blurb", "author", "recipients",
                    "body", "text", "attachments", "metadata");
            assertThat(message.at("properties", "_links", "properties", "related", "properties").keys())
                    .containsExactlyInAnyOrder("conversation", "message_replied_to");
            assertThat(message.at("properties", "created_at").str("type")).isEqualTo("number");
            assertTeammate(nonNullBranch(message.at("properties", "author")));
            assertThat(message.at("properties", "recipients", "items", "properties").keys()).contains("handle", "role");
            Node attachment = message.at("properties", "attachments", "items");
            assertThat(attachment.at("properties").keys()).containsExactlyInAnyOrder(
                    "filename", "url", "content_type", "size", "metadata");
            assertThat(attachment.at("properties", "metadata", "properties").keys()).containsExactlyInAnyOrder("is_inline", "cid");
        }

        private void assertTeammate(Node teammate) {
            assertThat(teammate.at("properties").keys()).containsExactlyInAnyOrder(
                    "_links", "id", "email", "username", "first_name", "last_name", "is_admin", "is_available",
                    "is_blocked");
            assertThat(teammate.at("properties", "_links", "properties", "related", "properties").keys())
                    .containsExactlyInAnyOrder("inboxes", "conversations");
        }

        @Test
        void exampleIsSeed002Conversation() {
            Node example = op.at("responses", "200", "content", "application/json", "example");
            Node first = example.at("_results").item(0);
            assertThat(first.str("id")).isEqualTo("cnv_55c8c149");
            assertThat(first.str("subject")).isEqualTo("You broke my heart, Hubert.");
            assertThat(first.str("status")).isEqualTo("archived");
            assertThat(first.get("created_at").value()).isEqualTo(1453770984.123);
            assertThat(first.at("last_message", "attachments").item(0).at("metadata").str("cid")).isEqualTo("123456789");
            assertThat(example.at("_pagination").has("next")).isTrue();
        }

        @Test
        void documentedErrors() {
            for (String code : List.of("401", "403", "404", "429")) {
                Node error = op.at("responses", code, "content", "application/json", "schema");
                assertThat(error.at("properties", "_error", "properties").keys())
                        .as("error body of %s", code)
                        .contains("status", "title", "message");
            }
        }
    }

    // ---------------------------------------------------------------- Chatwoot and Inquirly

    @Nested
    class Chatwoot {
        final Node spec = spec("chatwoot.yaml");
        final Node op = spec.at("paths", "/api/v1/accounts/{account_id}/contacts/{id}/conversations", "get");

        @Test
        void serverIsAVariableForSelfHostedInstallations() {
            Node server = spec.at("servers").item(0);
            assertThat(server.str("url")).isEqualTo("{baseUrl}");
            assertThat(server.at("variables", "baseUrl").str("default")).isEqualTo("https://app.chatwoot.com");
            assertThat(server.at("variables", "baseUrl").has("description")).isTrue();
            assertThat(server.str("description")).containsIgnoringCase("self-hosted");
            assertApiKeyHeaderSecurity(spec);
        }

        @Test
        void operation() {
            assertThat(op.str("operationId")).isEqualTo("listContactConversations");
            assertThat(op.at("tags").list()).containsExactly("Contacts");
            assertThat(op.str("description")).isEqualTo("Get conversations associated with that contact");
            assertThat(op.at("x-pagination").str("style")).isEqualTo("none");
            assertChatwootPathParameters(op);
        }

        @Test
        void okBodyIsTheSharedArrayOfConversationsWithEverySeedField() {
            assertThat(rawSchemaRef(op, "200")).isEqualTo(SHARED + "schemas/ContactConversationList");
            assertChatwootConversationSchema(okSchema(op));
            assertThat(op.at("responses", "200").str("description")).isEqualTo("Success");
        }

        @Test
        void exampleIsSeed001() {
            Node first = op.at("responses", "200", "content", "application/json", "example").item(0);
            assertThat(first.get("id").value()).isEqualTo(123);
            assertThat(first.str("timestamp")).isEqualTo("<string>");
            assertThat(first.at("custom_attributes", "priority_conversation_number").value()).isEqualTo(3);
            assertThat(first.at("meta", "assignee", "accounts").item(0).str("role")).isEqualTo("administrator");
        }

        @Test
        void publishedErrorResponses() {
            assertThat(op.at("responses", "403").str("description")).isEqualTo("Access denied");
            assertThat(op.at("responses", "404").str("description")).isEqualTo("Contact not found");
        }
    }

    @Nested
    class Inquirly {
        final Node spec = spec("inquirly.yaml");
        final Node op = spec.at("paths", "/api/v1/accounts/{account_id}/contacts/{id}/conversations", "get");

        @Test
        void ownServerWithAPlaceholderHost() {
            Node server = spec.at("servers").item(0);
            assertThat(server.str("url")).isEqualTo("https://{host}");
            assertThat(server.at("variables", "host").str("default")).isEqualTo("app.inquirly.example");
            assertThat(server.str("description")).containsIgnoringCase("placeholder");
            assertApiKeyHeaderSecurity(spec);
        }

        @Test
        void sameOperationAndShapesAsChatwoot() {
            assertThat(op.str("operationId")).isEqualTo("listContactConversations");
            assertThat(op.str("description")).isEqualTo("Get conversations associated to that contact");
            assertThat(op.at("x-pagination").str("style")).isEqualTo("none");
            assertChatwootPathParameters(op);
            assertThat(rawSchemaRef(op, "200")).isEqualTo(SHARED + "schemas/ContactConversationList");
            assertChatwootConversationSchema(okSchema(op));
        }

        @Test
        void forbiddenAndRecordNotFound() {
            assertThat(op.at("responses", "403").str("description")).isEqualTo("Forbidden");
            assertThat(op.at("responses", "404").str("description")).isEqualTo("Record Not Found");
        }

        @Test
        void exampleIsSeed004() {
            Node first = op.at("responses", "200", "content", "application/json", "example").item(0);
            assertThat(first.get("id").value()).isEqualTo(0);
            assertThat(first.str("status")).isEqualTo("open");
            assertThat(first.at("messages").item(0).str("content")).isEqualTo("string");
            assertThat(first.at("meta", "assignee").str("role")).isEqualTo("agent");
        }
    }

    private static void assertChatwootPathParameters(Node op) {
        Node accountId = param(op, "account_id", "path");
        assertThat(accountId.bool("required")).isTrue();
        assertThat(accountId.at("schema").str("type")).isEqualTo("integer");
        assertThat(accountId.str("description")).isEqualTo("The numeric ID of the account");
        Node id = param(op, "id", "path");
        assertThat(id.bool("required")).isTrue();
        assertThat(id.at("schema").str("type")).isEqualTo("number");
        assertThat(id.str("description")).isEqualTo("ID of the contact");
        List<String> refs = new ArrayList<>();
        for (Object p : op.at("parameters").list()) {
            refs.add((String) ((Map<?, ?>) p).get("$ref"));
        }
        assertThat(refs).containsExactly(SHARED + "parameters/AccountId", SHARED + "parameters/ContactId");
    }

    private static void assertChatwootConversationSchema(Node list) {
        assertThat(list.str("type")).isEqualTo("array");
        Node conversation = list.at("items");
        Node props = conversation.at("properties");
        assertThat(props.keys()).containsExactlyInAnyOrder(
                "id", "messages", "account_id", "inbox_id", "status", "timestamp", "contact_last_seen_at",
                "agent_last_seen_at", "unread_count", "additional_attributes", "custom_attributes", "meta",
                "display_id");
        Map<String, String> types = Map.ofEntries(
                Map.entry("id", "number"), Map.entry("messages", "array"), Map.entry("account_id", "number"),
                Map.entry("inbox_id", "number"), Map.entry("status", "string"), Map.entry("timestamp", "string"),
                Map.entry("contact_last_seen_at", "string"), Map.entry("agent_last_seen_at", "string"),
                Map.entry("unread_count", "number"), Map.entry("additional_attributes", "object"),
                Map.entry("custom_attributes", "object"), Map.entry("meta", "object"),
                Map.entry("display_id", "number"));
        types.forEach((name, type) -> assertThat(props.at(name).str("type")).as(name).isEqualTo(type));
        assertThat(props.at("status", "enum").list()).containsExactlyInAnyOrder("open", "resolved", "pending");
        assertThat(props.at("id").str("description")).isEqualTo("ID of the conversation");
        assertThat(props.at("unread_count").str("description")).isEqualTo("The number of unread messages");

        Node message = props.at("messages", "items", "properties");
        assertThat(message.keys()).containsExactlyInAnyOrder(
                "content", "content_type", "content_attributes", "message_type", "created_at", "private",
                "attachment", "sender", "conversation_id");
        assertThat(message.at("content_type", "enum").list()).containsExactlyInAnyOrder("text", "input_select", "cards", "form");
        assertThat(message.at("message_type", "enum").list())
                .containsExactlyInAnyOrder("incoming", "outgoing", "activity", "template");
        assertThat(message.at("created_at").str("type")).isEqualTo("integer");
        assertThat(message.at("private").str("type")).isEqualTo("boolean");
        assertThat(message.at("conversation_id").str("type")).isEqualTo("number");
        assertThat(message.at("sender").str("description")).isEqualTo("User/Agent/AgentBot object");

        Node meta = props.at("meta", "properties");
        assertThat(meta.keys()).containsExactlyInAnyOrder("sender", "assignee");
        assertThat(meta.at("sender", "properties").keys()).containsExactlyInAnyOrder("id", "name", "thumbnail", "channel");
        Node assignee = meta.at("assignee", "properties");
        assertThat(assignee.keys()).containsExactlyInAnyOrder(
                "id", "uid", "name", "available_name", "display_name", "email", "account_id", "role", "confirmed",
                "custom_attributes", "accounts");
        assertThat(assignee.at("role", "enum").list()).containsExactlyInAnyOrder("agent", "administrator");
        assertThat(assignee.at("confirmed").str("type")).isEqualTo("boolean");
        Node account = assignee.at("accounts", "items", "properties");
        assertThat(account.keys()).containsExactlyInAnyOrder("id", "name", "role");
        assertThat(account.at("role", "enum").list()).containsExactlyInAnyOrder("agent", "administrator");
    }

    // ---------------------------------------------------------------- HighLevel

    @Nested
    class HighLevel {
        final Node spec = spec("highlevel.yaml");
        final Node op = spec.at("paths", "/conversations/search", "get");

        @Test
        void serverBearerAndConstantVersionHeader() {
            assertThat(spec.at("servers").item(0).str("url")).isEqualTo("https://services.leadconnectorhq.com");
            assertBearerOnlySecurity(spec);
            Node version = param(op, "Version", "header");
            assertThat(version.bool("required")).isTrue();
            assertThat(version.at("schema").str("type")).isEqualTo("string");
            assertThat(version.at("schema", "enum").list()).containsExactly("2021-04-15");
            assertThat(version.at("schema").str("default")).isEqualTo("2021-04-15");
        }

        @Test
        void operation() {
            assertThat(op.str("operationId")).isEqualTo("searchConversations");
            assertThat(op.str("summary")).isEqualTo("Search Conversations");
        }

        @Test
        void everyQueryParameterOfTheSeedWithItsEnum() {
            Set<String> query = new LinkedHashSet<>();
            for (Node p : op.at("parameters").items()) {
                if (p.str("in").equals("query")) {
                    query.add(p.str("name"));
                    assertThat(p.has("description")).as(p.str("name")).isTrue();
                    assertThat(p.has("example")).as(p.str("name")).isTrue();
                }
            }
            assertThat(query).containsExactlyInAnyOrder(
                    "locationId", "contactId", "assignedTo", "followers", "mentions", "id", "lastMessageAction",
                    "lastMessageDirection", "lastMessageType", "limit", "query", "scoreProfile", "scoreProfileMin",
                    "scoreProfileMax", "sort", "sortBy", "sortScoreProfile", "startAfterDate", "status");
            for (String name : query) {
                assertThat(param(op, name, "query").bool("required")).as(name).isEqualTo(name.equals("locationId"));
            }
            assertThat(enumOf("lastMessageAction")).containsExactlyInAnyOrder("automated", "manual");
            assertThat(enumOf("lastMessageDirection")).containsExactlyInAnyOrder("inbound", "outbound");
            assertThat(enumOf("sort")).containsExactlyInAnyOrder("asc", "desc");
            assertThat(enumOf("status")).containsExactlyInAnyOrder("all", "read", "unread", "starred", "recents");
            assertThat(enumOf("sortBy")).containsExactlyInAnyOrder(
                    "last_manual_message_date", "last_message_date", "score_profile", "overdue_at", "due_at");
            assertThat(enumOf("lastMessageType")).hasSize(42).contains("TYPE_SMS", "TYPE_EMAIL", "TYPE_CALL", "TYPE_WHATSAPP");

            Node limit = param(op, "limit", "query").at("schema");
            assertThat(limit.str("type")).isEqualTo("integer");
            assertThat(limit.num("default")).isEqualTo(20);
            assertThat(param(op, "scoreProfileMin", "query").at("schema").str("type")).isEqualTo("number");
            assertThat(param(op, "scoreProfileMax", "query").at("schema").str("type")).isEqualTo("number");
            Node startAfter = param(op, "startAfterDate", "query");
            assertThat(startAfter.has("anyOf")).isFalse();
            assertThat(startAfter.at("schema").str("type")).isIn("integer", "number");
            assertThat(startAfter.str("description")).contains("should contain the sort value of the last document");
        }

        @ParameterizedTest
        @ValueSource(strings = {"assignedTo", "followers", "mentions"})
        void idListsAreSentCommaSeparated(String name) {
            Node p = param(op, name, "query");
            assertThat(p.str("style")).isEqualTo("form");
            assertThat(p.bool("explode")).isFalse();
            assertThat(p.at("schema").str("type")).isEqualTo("array");
            assertThat(p.at("schema", "items").str("type")).isEqualTo("string");
            if (name.equals("assignedTo")) {
                assertThat(p.str("description")).contains("\"unassigned\"");
            }
        }

        @Test
        void okBodyHasTheSeedFieldsAndTheKeysetValue() {
            Node body = okSchema(op);
            assertThat(body.at("properties").keys()).contains("conversations", "total");
            Node conversation = body.at("properties", "conversations", "items", "properties");
            assertThat(conversation.keys()).contains(
                    "id", "contactId", "locationId", "lastMessageBody", "lastMessageType", "type", "unreadCount",
                    "fullName", "contactName", "email", "phone");
            assertThat(conversation.at("lastMessageBody").str("description"))
                    .isEqualTo("Content of the most recent message in the conversation");
            assertThat(conversation.at("contactName").str("description"))
                    .isEqualTo("Alternative display name for the contact - used when full name is not available");
            assertThat(body.at("properties", "total").str("description")).isEqualTo("Total Number of results found for the given query");
        }

        @Test
        void keysetPagination() {
            Node xp = op.at("x-pagination");
            assertThat(xp.str("style")).isEqualTo("keyset");
            assertThat(xp.str("items")).isEqualTo("conversations");
            assertThat(xp.str("parameter")).isEqualTo("startAfterDate");
            assertThat(xp.str("limitParameter")).isEqualTo("limit");
            Node item = okSchema(op).at("properties", "conversations", "items");
            Node key = item;
            for (String part : xp.str("keyField").split("\\.")) {
                key = key.at("properties", part);
            }
            assertThat(key.str("type"))
                    .as("the key field's type is the type of the parameter it fills")
                    .isEqualTo(param(op, "startAfterDate", "query").at("schema").str("type"));
        }

        @Test
        void errorBodies() {
            assertThat(op.at("responses", "400").str("description")).isEqualTo("Bad Request");
            assertThat(op.at("responses", "401").str("description")).isEqualTo("Unauthorized");
            assertThat(op.at("responses", "422").str("description")).isEqualTo("Unprocessable Entity");
            assertThat(okOrError(op, "400").at("properties").keys()).contains("statusCode", "message");
            assertThat(okOrError(op, "401").at("properties").keys()).contains("statusCode", "message", "error");
            Node unprocessable = okOrError(op, "422").at("properties");
            assertThat(unprocessable.keys()).contains("statusCode", "message", "error");
            assertThat(unprocessable.at("message").str("type")).isEqualTo("array");
        }

        private List<Object> enumOf(String name) {
            return param(op, name, "query").at("schema", "enum").list();
        }
    }

    // ---------------------------------------------------------------- all specs

    @ParameterizedTest
    @ValueSource(strings = {"front.yaml", "chatwoot.yaml", "inquirly.yaml", "highlevel.yaml"})
    void everyOperationIsWellFormed(String file) {
        Node spec = spec(file);
        assertThat(spec.str("openapi")).isEqualTo("3.1.0");
        Set<String> operationIds = new LinkedHashSet<>();
        for (String path : spec.at("paths").keys()) {
            Node item = spec.at("paths", path);
            for (String method : item.keys()) {
                if (!Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)) {
                    continue;
                }
                Node op = item.at(method);
                assertThat(operationIds.add(op.str("operationId"))).as("unique operationId").isTrue();
                Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
                while (m.find()) {
                    assertThat(param(op, m.group(1), "path").bool("required")).as(m.group(1)).isTrue();
                }
                assertThat(op.at("x-pagination").str("style"))
                        .isIn("next-url", "cursor", "keyset", "page-number", "none");
                assertThat(op.at("responses", "200", "content", "application/json").has("example")).isTrue();
                for (Node p : op.at("parameters").items()) {
                    assertThat(p.has("example") || p.has("examples")).as("example of %s", p.str("name")).isTrue();
                }
                if (op.at("x-pagination").has("items")) {
                    Node items = okSchema(op);
                    for (String part : op.at("x-pagination").str("items").split("\\.")) {
                        items = items.at("properties", part);
                    }
                    assertThat(items.str("type")).isEqualTo("array");
                } else {
                    assertThat(okSchema(op).str("type")).isEqualTo("array");
                }
            }
        }
    }

    // ---------------------------------------------------------------- shared assertions

    private static void assertBearerOnlySecurity(Node spec) {
        Node requirement = spec.at("security").item(0);
        assertThat(requirement.keys()).hasSize(1);
        Node scheme = spec.at("components", "securitySchemes", requirement.keys().iterator().next());
        assertThat(scheme.str("type")).isEqualTo("http");
        assertThat(scheme.str("scheme")).isEqualTo("bearer");
    }

    private static void assertApiKeyHeaderSecurity(Node spec) {
        Node requirement = spec.at("security").item(0);
        assertThat(requirement.keys()).hasSize(1);
        Node scheme = spec.at("components", "securitySchemes", requirement.keys().iterator().next());
        assertThat(scheme.str("type")).isEqualTo("apiKey");
        assertThat(scheme.str("in")).isEqualTo("header");
        assertThat(scheme.str("name")).isEqualTo("api_access_token");
    }

    private static Node param(Node op, String name, String in) {
        for (Node p : op.at("parameters").items()) {
            if (p.str("name").equals(name) && p.str("in").equals(in)) {
                return p;
            }
        }
        return fail("no %s parameter '%s'", in, name);
    }

    private static Node okSchema(Node op) {
        return okOrError(op, "200");
    }

    private static Node okOrError(Node op, String code) {
        return op.at("responses", code, "content", "application/json", "schema");
    }

    /** The {@code $ref} string of a response's schema, before it is followed. */
    private static String rawSchemaRef(Node op, String code) {
        Node media = op.at("responses", code, "content", "application/json");
        Object schema = media.map().get("schema");
        return (String) ((Map<?, ?>) schema).get("$ref");
    }

    /** The non-null branch of {@code oneOf/anyOf: [X, {type: 'null'}]}, or the schema itself. */
    private static Node nonNullBranch(Node schema) {
        for (String key : List.of("oneOf", "anyOf")) {
            if (schema.has(key)) {
                Node found = null;
                for (Node branch : schema.at(key).items()) {
                    if (!"null".equals(branch.map().get("type"))) {
                        assertThat(found).as("single non-null branch").isNull();
                        found = branch;
                    }
                }
                assertThat(found).isNotNull();
                return found;
            }
        }
        return schema;
    }

    private static List<Object> types(Node schema) {
        Object type = schema.map().get("type");
        return type instanceof List<?> l ? new ArrayList<>(l) : List.of(type);
    }

    // ---------------------------------------------------------------- YAML and $ref helpers

    private static final Map<Path, Object> DOCUMENTS = new HashMap<>();

    private static Node spec(String name) {
        Path file = specsDir().resolve(name).normalize();
        return new Node(load(file), file);
    }

    private static Path specsDir() {
        String property = System.getProperty("specgen.repo.root");
        if (property != null && !property.isBlank()) {
            Path specs = Path.of(property).resolve("specs");
            if (Files.isRegularFile(specs.resolve("front.yaml"))) {
                return specs.toAbsolutePath();
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("specs/front.yaml"))) {
                return dir.resolve("specs");
            }
        }
        return fail("cannot find specs/front.yaml from %s or the working directory", property);
    }

    private static synchronized Object load(Path file) {
        return DOCUMENTS.computeIfAbsent(file, f -> {
            try {
                return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Follows a local ({@code #/a/b}) or relative-file ({@code ./x.yaml#/a/b}) reference. */
    private static Node follow(Path base, String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        Path target = file.isEmpty() ? base : base.getParent().resolve(file).normalize();
        assertThat(target).as("file of $ref %s from %s", ref, base).isRegularFile();
        Object value = load(target);
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String key = token.replace("~1", "/").replace("~0", "~");
            assertThat(value).as("$ref %s from %s", ref, base).isInstanceOf(Map.class);
            value = ((Map<?, ?>) value).get(key);
            assertThat(value).as("'%s' of $ref %s from %s", key, ref, base).isNotNull();
        }
        return new Node(value, target);
    }

    /** A YAML value and the file it was read from; every step follows {@code $ref}s. */
    private record Node(Object value, Path file) {

        Node resolved() {
            Node node = this;
            for (int hops = 0; node.value instanceof Map<?, ?> m && m.get("$ref") instanceof String ref; hops++) {
                assertThat(hops).as("$ref chain at %s", ref).isLessThan(20);
                node = follow(node.file, ref);
            }
            return node;
        }

        Map<?, ?> map() {
            Node node = resolved();
            assertThat(node.value).as("object in %s", node.file).isInstanceOf(Map.class);
            return (Map<?, ?>) node.value;
        }

        List<Object> list() {
            Node node = resolved();
            assertThat(node.value).as("list in %s", node.file).isInstanceOf(List.class);
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) node.value;
            return list;
        }

        boolean has(String key) {
            return map().containsKey(key);
        }

        Node get(String key) {
            Node node = resolved();
            Object child = node.map().get(key);
            assertThat(child).as("'%s' in %s", key, node.file).isNotNull();
            return new Node(child, node.file).resolved();
        }

        Node at(String... path) {
            Node node = this;
            for (String key : path) {
                node = node.get(key);
            }
            return node;
        }

        Node item(int index) {
            Node node = resolved();
            List<Object> list = node.list();
            assertThat(list).as("list in %s", node.file).hasSizeGreaterThan(index);
            return new Node(list.get(index), node.file).resolved();
        }

        List<Node> items() {
            Node node = resolved();
            List<Node> out = new ArrayList<>();
            for (Object o : node.list()) {
                out.add(new Node(o, node.file).resolved());
            }
            return out;
        }

        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            for (Object k : map().keySet()) {
                keys.add(String.valueOf(k));
            }
            return keys;
        }

        String str(String key) {
            Object v = get(key).value;
            assertThat(v).as("'%s' is a string", key).isInstanceOf(String.class);
            return (String) v;
        }

        boolean bool(String key) {
            Object v = get(key).value;
            assertThat(v).as("'%s' is a boolean", key).isInstanceOf(Boolean.class);
            return (Boolean) v;
        }

        long num(String key) {
            Object v = get(key).value;
            assertThat(v).as("'%s' is an integer", key).isInstanceOfAny(Integer.class, Long.class);
            return ((Number) v).longValue();
        }
    }
}
