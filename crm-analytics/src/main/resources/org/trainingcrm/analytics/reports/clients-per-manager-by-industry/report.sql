-- Clients per manager by industry
-- Answers: how many distinct clients does each responsible manager hold today, per industry?
-- A client is held while a manager_assignment for it has no ended_at (the view
-- report_client_manager, see view.xml); a client assigned to the same manager for several
-- service lines counts once. Clients without an industry are counted under '(none)', listed
-- after the named industries of that manager. Only clients of the branches the actor may see
-- are counted (:all_branches is 1 for a head office, else :branch is the actor's branch).
SELECT manager, industry, clients
FROM (
    SELECT manager,
           COALESCE(industry, '(none)')                  AS industry,
           CASE WHEN industry_id IS NULL THEN 1 ELSE 0 END AS no_industry,
           COUNT(DISTINCT client_id)                      AS clients
    FROM report_client_manager
    WHERE (:all_branches = 1 OR branch_id = :branch)
    -- grouped by ids too, so two managers (or industries) sharing a name are not merged
    GROUP BY manager_id, manager, industry_id, industry
) per_manager
ORDER BY manager, no_industry, industry
