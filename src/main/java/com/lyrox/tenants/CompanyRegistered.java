package com.lyrox.tenants;

import java.util.UUID;

/** A company was registered, with nothing of its own yet; raised inside the registration's transaction. */
public record CompanyRegistered(UUID companyId) {
}
