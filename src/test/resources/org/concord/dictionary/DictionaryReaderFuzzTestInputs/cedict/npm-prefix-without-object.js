export defaultDsC传统 [ch] /tranal/  





[[   anlke"@,[]