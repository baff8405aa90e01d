-- The directory's starting data: the region's countries with their roles as of the 2001 strategy, the three
-- OSCE Task Force working groups and the international organisations that chair them. Everything here is
-- data the hub operator may change through the API; fixed ids let other features and tests refer to it.
--
-- Roles from shared/domain/README.md: origin MD, RO, BG, AL, UA; transit HU, BG, RO, FRY (RS, ME), AL;
-- destination XK, BA, IT. The README names no role for MK, HR and SI: they are seeded as transit (and MK
-- also as destination) from regional reporting of the time; correct them with POST /countries/{code}/roles.

INSERT INTO country (code, name) VALUES
    ('AL', 'Albania'),
    ('BA', 'Bosnia and Herzegovina'),
    ('BG', 'Bulgaria'),
    ('HR', 'Croatia'),
    ('HU', 'Hungary'),
    ('IT', 'Italy'),
    ('MD', 'Moldova'),
    ('ME', 'Montenegro'),
    ('MK', 'North Macedonia'),
    ('RO', 'Romania'),
    ('RS', 'Serbia'),
    ('SI', 'Slovenia'),
    ('UA', 'Ukraine'),
    ('XK', 'Kosovo');

INSERT INTO country_role (id, country, role, valid_from, valid_to, version) VALUES
    ('2be988df-9b28-509b-a07a-454651035a47', 'AL', 'ORIGIN', DATE '2001-01-01', NULL, 0),
    ('d4211dae-b218-57c5-b0b1-0279758f22f9', 'AL', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('c8aa9747-3de1-5d69-8a97-d1b8156d785e', 'BA', 'DESTINATION', DATE '2001-01-01', NULL, 0),
    ('a08c9f3d-ef9f-5fd6-896c-8a362a43fd03', 'BG', 'ORIGIN', DATE '2001-01-01', NULL, 0),
    ('579d1d7d-3ed6-506c-ad19-1df2c99c2b8c', 'BG', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('6964cf71-1f92-5792-bf65-0f63abd52006', 'HR', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('1e6952f2-0429-5f41-a1c7-277ea0f1178c', 'HU', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('3e8db23e-d4d8-5c94-8ee6-98bc5e49465b', 'IT', 'DESTINATION', DATE '2001-01-01', NULL, 0),
    ('7b682149-1491-54de-972f-e0c4ac216c35', 'MD', 'ORIGIN', DATE '2001-01-01', NULL, 0),
    ('04c4895c-3917-5813-8ebe-86cdca91d528', 'ME', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('393a6b8e-ab56-5234-b4d1-e6a35f3f2484', 'MK', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('7f39f330-05c2-543e-bc88-02f66bf52e04', 'MK', 'DESTINATION', DATE '2001-01-01', NULL, 0),
    ('4405447b-f142-5d25-81b6-1017339500c9', 'RO', 'ORIGIN', DATE '2001-01-01', NULL, 0),
    ('18652402-ff1f-5a33-a113-18107f372384', 'RO', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('a272c90a-4198-5b12-914b-200227abb1d5', 'RS', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('98b2c36b-86ad-57b2-87e9-5211e59ce970', 'SI', 'TRANSIT', DATE '2001-01-01', NULL, 0),
    ('de3fe650-82a9-5496-8879-5693f94c1937', 'UA', 'ORIGIN', DATE '2001-01-01', NULL, 0),
    ('ae6666f2-a7b9-5513-97ad-6899a93fde90', 'XK', 'DESTINATION', DATE '2001-01-01', NULL, 0);

-- Contact mailboxes are placeholders until each organisation confirms its own.
INSERT INTO organisation (id, name, type, country, contact_email, contact_phone, contact_address, status, registered_at, version) VALUES
    ('10000000-0000-4000-8000-000000000001', 'International Organization for Migration (IOM)', 'INTERNATIONAL_ORGANISATION', 'CH', 'contact@iom.example', NULL, NULL, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00', 0),
    ('10000000-0000-4000-8000-000000000002', 'United Nations Children''s Fund (UNICEF)', 'INTERNATIONAL_ORGANISATION', 'US', 'contact@unicef.example', NULL, NULL, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00', 0),
    ('10000000-0000-4000-8000-000000000003', 'International Catholic Migration Commission (ICMC)', 'INTERNATIONAL_ORGANISATION', 'CH', 'contact@icmc.example', NULL, NULL, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00', 0);

INSERT INTO working_group (id, name, version) VALUES
    ('20000000-0000-4000-8000-000000000001', 'Return and Reintegration', 0),
    ('20000000-0000-4000-8000-000000000002', 'Awareness Raising', 0),
    ('20000000-0000-4000-8000-000000000003', 'Victim Protection', 0);

INSERT INTO working_group_member (working_group_id, organisation_id, role) VALUES
    ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'CHAIR'),
    ('20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'CO_CHAIR'),
    ('20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', 'CO_CHAIR'),
    ('20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'CO_CHAIR'),
    ('20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000003', 'CO_CHAIR');
