package com.lyrox.tenants.internal;

/** Whether a channel can send: DISCONNECTED once Meta refuses its access token, until it is replaced. */
enum ChannelStatus {
    CONNECTED, DISCONNECTED
}
