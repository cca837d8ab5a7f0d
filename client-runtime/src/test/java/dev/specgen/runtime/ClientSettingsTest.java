package dev.specgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.http.ResponseLimits;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  /** What a generated client's builder looks like: it extends the settings and builds the config. */
  private static final class Builder extends ClientSettings<Builder> {
    Builder() {
      super(ClientConfig.builder().clientName("ShopClient"));
    }

    ClientConfig build() {
      return config.build();
    }
  }

  @Test
  void everySettingReachesTheConfigAndChainsAsTheGeneratedBuilder() {
    RetryPolicy retries = RetryPolicy.none();
    CallObserver observer = new CallObserver() {};

    ClientConfig config = new Builder()
        .baseUrl("https://shop.example/v2")
        .connectTimeout(Duration.ofSeconds(3))
        .requestTimeout(Duration.ofSeconds(7))
        .callTimeout(Duration.ofSeconds(30))
        .maxResponseBytes(1024)
        .maxErrorBodyBytes(16)
        .retryPolicy(retries)
        .header("X-Tenant", "t1")
        .observer(observer)
        .logRequests(System.Logger.Level.DEBUG)
        .redactHeader("X-Secret")
        .idempotencyKeyHeader("Idempotency-Key")
        .build();

    assertThat(config.baseUrl()).hasToString("https://shop.example/v2");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(config.callTimeout()).contains(Duration.ofSeconds(30));
    assertThat(config.responseLimits()).isEqualTo(new ResponseLimits(1024, 16));
    assertThat(config.retryPolicy()).isSameAs(retries);
    assertThat(config.headers().first("X-Tenant")).contains("t1");
    assertThat(config.observer()).containsSame(observer);
    assertThat(config.logLevel()).isEqualTo(System.Logger.Level.DEBUG);
    assertThat(config.redactedHeaders()).contains("x-secret"); // kept in lower case
    assertThat(config.idempotencyKeyHeader()).contains("Idempotency-Key");
  }
}
