-- The link a pending sale is paid through, as it was sent: a Checkout Session made for the sale's
-- exact amount, or the product's link carrying the sale's reference.
ALTER TABLE sales ADD COLUMN payment_url TEXT;
