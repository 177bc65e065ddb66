-- Clients per manager by industry
-- Answers: how many distinct clients does each responsible manager hold today, per industry?
-- A client is held while a manager_assignment for it has no ended_at; a client assigned to
-- the same manager for several service lines counts once. Clients without an industry are
-- counted under '(none)', listed after the named industries of that manager.
SELECT manager, industry, clients
FROM (
    SELECT u.display_name                 AS manager,
           COALESCE(i.name, '(none)')     AS industry,
           CASE WHEN i.id IS NULL THEN 1 ELSE 0 END AS no_industry,
           COUNT(DISTINCT c.id)           AS clients
    FROM manager_assignment a
    JOIN crm_user u ON u.id = a.manager_id
    JOIN client c ON c.id = a.client_id
    LEFT JOIN industry i ON i.id = c.industry_id
    WHERE a.ended_at IS NULL
    -- grouped by ids too, so two managers (or industries) sharing a name are not merged
    GROUP BY u.id, u.display_name, i.id, i.name
) per_manager
ORDER BY manager, no_industry, industry
