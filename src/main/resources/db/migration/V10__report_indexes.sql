-- The home page's figures count a company's first contacts and paid sales of the last month
-- per quarter of an hour: each count reads a range of one index, not the company's rows.
CREATE INDEX idx_customers_first_contact ON customers (company_id, first_contact);
CREATE INDEX idx_sales_completed ON sales (company_id, completed_at) WHERE payment_status = 'COMPLETED';
