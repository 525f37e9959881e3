package com.lyrox.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.ObjectMapper;

/** Calls the REST API as a client would and signs up companies for tests. */
@TestComponent
public class Api {

    private final MockMvc mvc;
    private final ObjectMapper json;

    Api(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A response: status, headers and the JSON body to query with JsonPath. */
    public static final String PLATFORM_ADMIN = "platform-admin@lyrox.test";

    public record Reply(int status, MockHttpServletResponse raw) {

        public DocumentContext body() {
            try {
                return JsonPath.parse(raw.getContentAsString());
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        public <T> T read(String path) {
            return body().read(path);
        }

        public String text(String path) {
            Object value = read(path);
            return value == null ? null : value.toString();
        }

        public UUID id() {
            return UUID.fromString(text("$.id"));
        }

        public String header(String name) {
            return raw.getHeader(name);
        }

        public String contentType() {
            return raw.getContentType();
        }
    }

    /** A signed-up user with the company they own and their tokens. */
    public record Account(String email, String password, UUID userId, UUID companyId, String accessToken,
                          String refreshToken) {
    }

    /** A valid product body. */
    public static Map<String, Object> productBody(String name, String price) {
        return Map.of("name", name, "price", price, "currency", "USD", "paymentLink", "https://buy.stripe.com/test");
    }

    public Account signUp() {
        return signUp("Company " + UUID.randomUUID().toString().substring(0, 8));
    }

    public Account signUp(String companyName) {
        return signUp("owner-" + UUID.randomUUID() + "@example.com", companyName);
    }

    private Account signUp(String email, String companyName) {
        String password = "correct-horse-battery";
        Reply reply = post("/api/v1/auth/signup", null, Map.of(
                "email", email, "password", password, "name", "Owner", "companyName", companyName));
        if (reply.status() != 201) {
            throw new IllegalStateException("Sign-up failed: " + reply.status());
        }
        return account(email, password, reply);
    }

    public Account login(String email, String password, UUID companyId) {
        Reply reply = post("/api/v1/auth/login", null, companyId == null
                ? Map.of("email", email, "password", password)
                : Map.of("email", email, "password", password, "companyId", companyId.toString()));
        if (reply.status() != 200) {
            throw new IllegalStateException("Login failed: " + reply.status());
        }
        return account(email, password, reply);
    }

    /** The platform administrator of the tests ({@code lyrox.platform.admins}), signed up on first use. */
    public Account platformAdmin() {
        Reply reply = post("/api/v1/auth/login", null, Map.of("email", PLATFORM_ADMIN, "password", "correct-horse-battery"));
        return reply.status() == 200 ? account(PLATFORM_ADMIN, "correct-horse-battery", reply)
                : signUp(PLATFORM_ADMIN, "Lyrox Platform");
    }

    /** Puts the owner's company on a plan, as billing (a platform administrator) does. */
    public void plan(Account owner, String plan) {
        Reply changed = put("/api/v1/admin/companies/" + owner.companyId() + "/plan", platformAdmin().accessToken(),
                Map.of("plan", plan));
        if (changed.status() != 200) {
            throw new IllegalStateException("Plan change failed: " + changed.status());
        }
    }

    /** Adds a member with the given role to the owner's company and signs them in there. */
    public Account member(Account owner, String role) {
        Account person = signUp();
        Reply invited = post("/api/v1/members", owner.accessToken(), Map.of("email", person.email(), "role", role));
        if (invited.status() != 201) {
            throw new IllegalStateException("Invite failed: " + invited.status());
        }
        return login(person.email(), person.password(), owner.companyId());
    }

    public Reply get(String path, String token) {
        return call(HttpMethod.GET, path, token, null);
    }

    public Reply post(String path, String token, Object body) {
        return call(HttpMethod.POST, path, token, body);
    }

    public Reply put(String path, String token, Object body) {
        return call(HttpMethod.PUT, path, token, body);
    }

    public Reply patch(String path, String token, Object body) {
        return call(HttpMethod.PATCH, path, token, body);
    }

    public Reply delete(String path, String token) {
        return call(HttpMethod.DELETE, path, token, null);
    }

    /** A request with an API key instead of a bearer token. */
    public Reply withApiKey(HttpMethod method, String path, String apiKey, Object body) {
        return perform(request(method, path, body).header("X-API-Key", apiKey));
    }

    public Reply raw(RequestBuilder request) {
        return perform(request);
    }

    private Reply call(HttpMethod method, String path, String token, Object body) {
        MockHttpServletRequestBuilder request = request(method, path, body);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return perform(request);
    }

    private MockHttpServletRequestBuilder request(HttpMethod method, String path, Object body) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String text ? text : json.writeValueAsString(body));
        }
        return request;
    }

    private Reply perform(RequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            response.setCharacterEncoding("UTF-8");
            return new Reply(response.getStatus(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Account account(String email, String password, Reply reply) {
        return new Account(email, password, UUID.fromString(reply.text("$.user.id")),
                UUID.fromString(reply.text("$.company.id")), reply.text("$.accessToken"), reply.text("$.refreshToken"));
    }
}
