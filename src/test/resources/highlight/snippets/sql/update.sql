begin transaction;
update `users` set last_login = now(), visits = visits + 1
 where email like '%@example.com' and id in (select user_id from sessions);
delete from sessions where expires_at < current_timestamp;
commit;
select case when score >= 90 then 'A' else 'B' end as grade from results;
