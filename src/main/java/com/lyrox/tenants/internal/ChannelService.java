package com.lyrox.tenants.internal;

import com.lyrox.platform.AfterCommit;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.ExpiringCache;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.ChannelCredentials;
import com.lyrox.tenants.ChannelRequest;
import com.lyrox.tenants.ChannelRoute;
import com.lyrox.tenants.Channels;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current company's WhatsApp channels. Every write changes the channel and its route in one
 * transaction; decrypted credentials are kept in memory for 30 seconds per company and channel.
 */
@Service
class ChannelService implements Channels {

    private final ChannelRepository channels;
    private final ChannelRoutes routes;
    private final ChannelSecrets secrets;
    private final ExpiringCache<CredentialsKey, ChannelCredentials> credentials =
            new ExpiringCache<>(Duration.ofSeconds(30));

    private record CredentialsKey(UUID companyId, UUID channelId) {
    }

    ChannelService(ChannelRepository channels, ChannelRoutes routes, ChannelSecrets secrets) {
        this.channels = channels;
        this.routes = routes;
        this.secrets = secrets;
    }

    @Override
    public Optional<ChannelRoute> routeByPhoneNumberId(String phoneNumberId) {
        return routes.byPhoneNumberId(phoneNumberId);
    }

    @Override
    public Optional<ChannelRoute> routeByVerifyToken(String verifyToken) {
        return routes.byVerifyToken(verifyToken);
    }

    @Override
    public Optional<ChannelCredentials> credentials(UUID channelId) {
        return credentials.get(new CredentialsKey(TenantContext.requireCompanyId(), channelId),
                key -> channels.findById(key.channelId()).map(secrets::open));
    }

    @Override
    @Transactional
    public void markDisconnected(UUID channelId, String reason) {
        channels.findById(channelId).ifPresent(channel -> {
            channel.disconnect(reason);
            changed(channel);
        });
    }

    @Override
    @Transactional
    public ChannelCredentials create(ChannelRequest request) {
        return secrets.open(add(request));
    }

    @Transactional
    ChannelView register(ChannelRequest request) {
        return add(request).toView();
    }

    @Transactional(readOnly = true)
    PageResponse<ChannelView> list(Pageable pageable) {
        return PageResponse.of(channels.findAll(pageable), Channel::toView);
    }

    @Transactional(readOnly = true)
    ChannelView get(UUID id) {
        return channel(id).toView();
    }

    @Override
    @Transactional
    public ChannelCredentials update(UUID channelId, ChannelRequest request) {
        return secrets.open(change(channelId, request));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChannelCredentials> all() {
        return channels.findAll().stream().map(secrets::open).toList();
    }

    @Transactional
    ChannelView replace(UUID id, ChannelRequest request) {
        return change(id, request).toView();
    }

    private Channel change(UUID id, ChannelRequest request) {
        Channel channel = channel(id);
        channel.describe(request);
        secrets.store(channel, request);
        try {
            channels.saveAndFlush(channel);
            routes.update(route(channel), channel.verifyTokenHash());
        } catch (DataIntegrityViolationException e) {
            throw phoneNumberTaken();
        }
        changed(channel);
        return channel;
    }

    @Transactional
    void delete(UUID id) {
        Channel channel = channel(id);
        routes.remove(route(channel));
        channels.delete(channel);
        changed(channel);
    }

    private Channel add(ChannelRequest request) {
        ChannelSecrets.requireAll(request);
        Channel channel = new Channel(request);
        secrets.store(channel, request);
        try {
            channels.saveAndFlush(channel);
            routes.add(route(channel), channel.verifyTokenHash());
        } catch (DataIntegrityViolationException e) {
            throw phoneNumberTaken();
        }
        changed(channel);
        return channel;
    }

    private static ChannelRoute route(Channel channel) {
        return new ChannelRoute(TenantContext.requireCompanyId(), channel.getId(), channel.phoneNumberId());
    }

    /** Once the change is committed, this instance stops serving the channel's cached route and credentials. */
    private void changed(Channel channel) {
        UUID channelId = channel.getId();
        Runnable forget = () -> {
            routes.forget(channelId);
            credentials.invalidateIf(cached -> cached.channelId().equals(channelId));
        };
        AfterCommit.run(forget);
    }

    private Channel channel(UUID id) {
        return channels.findById(id).orElseThrow(() -> ApiProblem.notFound("Channel"));
    }

    private static ApiProblem phoneNumberTaken() {
        return ApiProblem.conflict("phoneNumberId", "This phoneNumberId is already connected to a company");
    }
}
