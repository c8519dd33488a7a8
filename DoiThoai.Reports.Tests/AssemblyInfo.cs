// Test classes run in parallel, methods within a class in order: classes own their files and servers.
[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.ClassLevel)]
