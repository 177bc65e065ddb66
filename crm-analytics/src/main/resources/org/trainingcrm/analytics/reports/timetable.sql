-- Timetable
-- Answers: when and where does every lesson take place, for which course and group, and who
-- teaches it? One row per lesson, in each branch's local time, ordered by branch and start.
SELECT b.name       AS branch,
       l.starts_at  AS starts_at,
       l.ends_at    AS ends_at,
       r.name       AS room,
       c.title      AS course,
       g.name       AS study_group,
       p.full_name  AS teacher
FROM lesson l
JOIN course_group g ON g.id = l.group_id
JOIN course c ON c.id = l.course_id
JOIN room r ON r.id = l.room_id
JOIN branch b ON b.id = l.branch_id
JOIN person p ON p.id = l.teacher_id
ORDER BY b.name, l.starts_at, r.name
