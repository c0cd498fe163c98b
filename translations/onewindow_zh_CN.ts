<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>There are no clerk accounts at this counter yet. IT staff can add one with:
onewindow-cli clerk add --login LOGIN --name NAME --role admin</source>
        <translation>本窗口尚无工作人员账号。信息技术人员可用以下命令添加：
onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
</context>
<context>
    <name>ow::audit::AuditChain</name>
    <message>
        <source>Row %1 does not start the chain: rows before it were removed.</source>
        <translation>第 %1 条记录不是链的起点：它之前的记录已被删除。</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: row %2 was changed, or a row between them was removed or moved.</source>
        <translation>第 %1 条记录与第 %2 条记录衔接不上：第 %2 条记录被修改过，或两者之间的记录被删除或移动过。</translation>
    </message>
    <message>
        <source>Row %1 was changed after it was written (%2 by %3 at %4).</source>
        <translation>第 %1 条记录在写入后被修改过（%3 于 %4 的操作 %2）。</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>ow::auth::ClerkService</name>
    <message>
        <source>A login is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>登录名为 2 到 32 个字母、数字、点、连字符或下划线，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The name must have 1 to 30 characters.</source>
        <translation>姓名须为 1 到 30 个字。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The login %1 is taken already.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The clerk could not be saved to the data file.</source>
        <translation>无法将工作人员保存到数据文件。</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked until %1.</source>
        <translation>失败次数过多，登录已锁定至 %1。</translation>
    </message>
    <message>
        <source>The login could not be recorded in the data file. Call IT support.</source>
        <translation>无法在数据文件中记录本次登录，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked for %1 minutes.</source>
        <translation>失败次数过多，登录已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Attempts left before the login is locked: %1.</source>
        <translation>登录名或密码错误。再失败 %1 次将锁定登录。</translation>
    </message>
</context>
<context>
    <name>ow::auth::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ow::calendar::CalendarService</name>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation>无法读取工作日历文件 %1：%2</translation>
    </message>
    <message>
        <source>The calendar file %1 was not imported: %2</source>
        <translation>工作日历文件 %1 未导入：%2</translation>
    </message>
    <message>
        <source>The calendar could not be saved to the data file.</source>
        <translation>无法将工作日历保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::calendar::WorkingCalendar</name>
    <message>
        <source>The calendar data is not valid JSON: %1 (at character %2).</source>
        <translation>工作日历数据不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The calendar data holds no year.</source>
        <translation>工作日历数据中没有任何年度。</translation>
    </message>
    <message>
        <source>The calendar data must be a year object or a list of year objects.</source>
        <translation>工作日历数据须为一个年度对象或年度对象列表。</translation>
    </message>
    <message>
        <source>Calendar entry %1 is not a year object.</source>
        <translation>工作日历第 %1 项不是年度对象。</translation>
    </message>
    <message>
        <source>Calendar entry %1 has no valid year (found "%2").</source>
        <translation>工作日历第 %1 项没有有效年份（读到“%2”）。</translation>
    </message>
    <message>
        <source>Calendar %1: the format "%2" is not a version number.</source>
        <translation>%1 年工作日历：格式“%2”不是版本号。</translation>
    </message>
    <message>
        <source>Calendar %1 is written in format %2, but this program reads format %3 at most. Update OneWindow before importing it.</source>
        <translation>%1 年工作日历采用格式 %2，本程序最高只能读取格式 %3。请先升级一窗通再导入。</translation>
    </message>
    <message>
        <source>Calendar %1: the region "%2" is not supported; expected "CN".</source>
        <translation>%1 年工作日历：不支持地区“%2”，应为“CN”。</translation>
    </message>
    <message>
        <source>Calendar %1 is given more than once.</source>
        <translation>%1 年工作日历重复出现。</translation>
    </message>
    <message>
        <source>Calendar %1 does not name its source notice (title and number).</source>
        <translation>%1 年工作日历未注明依据的通知（标题和文号）。</translation>
    </message>
    <message>
        <source>Calendar %1: "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1 lists no holidays.</source>
        <translation>%1 年工作日历没有列出任何节假日。</translation>
    </message>
    <message>
        <source>Calendar %1: a holiday has no name.</source>
        <translation>%1 年工作日历：有节假日缺少名称。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" has "%3", which is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：节假日“%2”中的“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" ends on %3, before it starts on %4.</source>
        <translation>%1 年工作日历：节假日“%2”结束于 %3，早于开始日期 %4。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 lies outside the year of the notice.</source>
        <translation>%1 年工作日历：日期 %2 不在通知所属年度内。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" from %3 to %4 spans %5 days, but the data says %6.</source>
        <translation>%1 年工作日历：节假日“%2”自 %3 至 %4 共 %5 天，但数据写的是 %6 天。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is listed twice.</source>
        <translation>%1 年工作日历：日期 %2 重复列出。</translation>
    </message>
    <message>
        <source>Calendar %1: "makeup_workdays" must be a list.</source>
        <translation>%1 年工作日历：“makeup_workdays”须为列表。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：调休上班日“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is both a holiday and a make-up working day.</source>
        <translation>%1 年工作日历：日期 %2 既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is not a Saturday or Sunday.</source>
        <translation>%1 年工作日历：调休上班日 %2 不是周六或周日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is for "%3", which is not a holiday of the notice.</source>
        <translation>%1 年工作日历：调休上班日 %2 对应的“%3”不是通知中的节假日。</translation>
    </message>
    <message>
        <source>The calendar folder %1 does not exist.</source>
        <translation>工作日历文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The calendar folder %1 holds no calendar file.</source>
        <translation>工作日历文件夹 %1 中没有日历文件。</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation>无法读取工作日历文件 %1：%2</translation>
    </message>
    <message>
        <source>In the calendar file %1: %2</source>
        <translation>工作日历文件 %1 中：%2</translation>
    </message>
</context>
<context>
    <name>ow::cases::CasePaper</name>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalog.</source>
        <translation>事项目录中没有事项 %1。</translation>
    </message>
</context>
<context>
    <name>ow::cases::CaseService</name>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is %2 and cannot change any more.</source>
        <translation>办件 %1 状态为%2，不能再变更。</translation>
    </message>
    <message>
        <source>Case %1 is %2; it can only become: %3.</source>
        <translation>办件 %1 当前为%2，只能变更为：%3。</translation>
    </message>
    <message>
        <source>Case %1 still waits for: %2. Record them as received first.</source>
        <translation>办件 %1 仍在等待补交：%2。请先登记已收到。</translation>
    </message>
    <message>
        <source>Give the reason for the rejection; the citizen is told it.</source>
        <translation>请填写不予办理的理由，将告知申请人。</translation>
    </message>
    <message>
        <source>Case %1 changed meanwhile or could not be saved; open it again.</source>
        <translation>办件 %1 已被修改或无法保存，请重新打开。</translation>
    </message>
    <message>
        <source>Case %1 does not wait for the material %2.</source>
        <translation>办件 %1 没有待补交的材料 %2。</translation>
    </message>
    <message>
        <source>The material could not be recorded in the data file.</source>
        <translation>无法在数据文件中登记该材料。</translation>
    </message>
</context>
<context>
    <name>ow::cases::CaseStates</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已出证</translation>
    </message>
    <message>
        <source>Issued on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺件</translation>
    </message>
</context>
<context>
    <name>ow::catalog::CatalogItem</name>
    <message>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺件</translation>
    </message>
</context>
<context>
    <name>ow::catalog::CatalogLoader</name>
    <message>
        <source>(no code)</source>
        <translation>（无编码）</translation>
    </message>
    <message>
        <source>%1: item %2, %3: %4</source>
        <translation>%1：事项 %2，%3：%4</translation>
    </message>
    <message>
        <source>%1: bundle %2, %3: %4</source>
        <translation>%1：“一件事” %2，%3：%4</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>不是已知的键</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>须为非空文本</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>须为不小于 %1 的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>须为非空列表</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>须为列表</translation>
    </message>
    <message>
        <source>format %1 is newer than this program reads (%2); install a newer OneWindow</source>
        <translation>格式版本 %1 高于本程序可读取的版本（%2），请安装新版一窗通</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>须为 %1</translation>
    </message>
    <message>
        <source>"%1" does not match the pattern %2</source>
        <translation>“%1”不符合格式 %2</translation>
    </message>
    <message>
        <source>"%1" differs from the file name; it must be %2</source>
        <translation>“%1”与文件名不一致，应为 %2</translation>
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <source>must be one of the options: %1</source>
        <translation>须为可选项之一：%1</translation>
    </message>
    <message>
        <source>must be 0 for an instant item</source>
        <translation>即办事项须为 0</translation>
    </message>
    <message>
        <source>must be at least 1 for a promised item</source>
        <translation>承诺件须不小于 1</translation>
    </message>
    <message>
        <source>must not be less than time_limit_days (%1)</source>
        <translation>不得小于 time_limit_days（%1）</translation>
    </message>
    <message>
        <source>a table column cannot be a table</source>
        <translation>表格的列不能再是表格</translation>
    </message>
    <message>
        <source>is allowed only on a choice field</source>
        <translation>仅允许用于选择型字段</translation>
    </message>
    <message>
        <source>is allowed only on a table field</source>
        <translation>仅允许用于表格型字段</translation>
    </message>
    <message>
        <source>a field cannot have both compute and prefill</source>
        <translation>字段不能同时设置 compute 和 prefill</translation>
    </message>
    <message>
        <source>is not allowed on a %1 field</source>
        <translation>不允许用于 %1 型字段</translation>
    </message>
    <message>
        <source>does not compile: %1</source>
        <translation>无法编译：%1</translation>
    </message>
    <message>
        <source>is missing (a pattern needs the message shown when it does not match)</source>
        <translation>缺失（设置 pattern 时须提供不匹配时显示的提示）</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>须为数字</translation>
    </message>
    <message>
        <source>is greater than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or service_date</source>
        <translation>须为日期（YYYY-MM-DD）或 service_date</translation>
    </message>
    <message>
        <source>"%1" is not a field of source %2</source>
        <translation>“%1”不是来源 %2 的字段</translation>
    </message>
    <message>
        <source>"%1" is not a known item code</source>
        <translation>“%1”不是已知的事项编码</translation>
    </message>
    <message>
        <source>"%1" is not a field of item %2</source>
        <translation>“%1”不是事项 %2 的字段</translation>
    </message>
    <message>
        <source>"%1" is not a shared dataset (known: %2)</source>
        <translation>“%1”不是共享数据集（已知：%2）</translation>
    </message>
    <message>
        <source>"%1" is not a field of dataset %2</source>
        <translation>“%1”不是数据集 %2 的字段</translation>
    </message>
    <message>
        <source>%1 gives a %2 value, but the field is a %3 field</source>
        <translation>%1 得出 %2 型的值，但该字段是 %3 型</translation>
    </message>
    <message>
        <source>%1 needs these inputs: %2</source>
        <translation>%1 需要以下输入：%2</translation>
    </message>
    <message>
        <source>"%1" is not a field of this item</source>
        <translation>“%1”不是本事项的字段</translation>
    </message>
    <message>
        <source>"%1" is a %2 field; %3 needs a %4 field here</source>
        <translation>“%1”是 %2 型字段；%3 此处需要 %4 型字段</translation>
    </message>
    <message>
        <source>"%1" is not a number column of table %2</source>
        <translation>“%1”不是表格 %2 的数字列</translation>
    </message>
    <message>
        <source>needs exactly one of "in" and "equals"</source>
        <translation>须且只能有“in”和“equals”之一</translation>
    </message>
    <message>
        <source>"%1" is not an option of field %2</source>
        <translation>“%1”不是字段 %2 的可选项</translation>
    </message>
    <message>
        <source>"%1" is not a date field of this item</source>
        <translation>“%1”不是本事项的日期字段</translation>
    </message>
    <message>
        <source>"%1" is not a region code of 2, 4 or 6 digits</source>
        <translation>“%1”不是 2、4 或 6 位的行政区划代码</translation>
    </message>
    <message>
        <source>"%1" is neither self nor a known item code</source>
        <translation>“%1”既不是 self 也不是已知的事项编码</translation>
    </message>
    <message>
        <source>a key material cannot be accepted while missing (tolerance)</source>
        <translation>关键材料不能容缺受理</translation>
    </message>
    <message>
        <source>is missing (tolerance needs the working days to supply the material)</source>
        <translation>缺失（容缺受理须写明补交材料的工作日数）</translation>
    </message>
    <message>
        <source>is allowed only when %1 is true</source>
        <translation>仅在 %1 为 true 时允许</translation>
    </message>
    <message>
        <source>is missing (a commitment needs the text the citizen signs)</source>
        <translation>缺失（告知承诺须提供群众签署的承诺书文本）</translation>
    </message>
    <message>
        <source>a commitment letter cannot itself be replaced by a commitment</source>
        <translation>承诺书本身不能再以承诺代替</translation>
    </message>
    <message>
        <source>is missing (a block number needs its series)</source>
        <translation>缺失（号段编号须写明号段系列）</translation>
    </message>
    <message>
        <source>a bundle needs two or more items</source>
        <translation>“一件事”须包含两个或以上事项</translation>
    </message>
    <message>
        <source>"%1" is a %2 field in item %3 but a %4 field in item %5</source>
        <translation>“%1”在事项 %3 中是 %2 型字段，在事项 %5 中却是 %4 型字段</translation>
    </message>
    <message>
        <source>"%1" is not an item of this bundle</source>
        <translation>“%1”不是本“一件事”中的事项</translation>
    </message>
    <message>
        <source>"%1" is not a material of item %2</source>
        <translation>“%1”不是事项 %2 的材料</translation>
    </message>
    <message>
        <source>"%1" is used twice (also in %2)</source>
        <translation>“%1”重复使用（另见 %2）</translation>
    </message>
    <message>
        <source>The catalog holds no item.</source>
        <translation>事项目录中没有任何事项。</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 (at character %3)</source>
        <translation>%1：不是有效的 JSON：%2（第 %3 个字符处）</translation>
    </message>
    <message>
        <source>%1: the file must hold one JSON object</source>
        <translation>%1：文件须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 holds no items folder; a catalog folder holds items/ and bundles/.</source>
        <translation>%1 中没有 items 文件夹；事项目录文件夹应包含 items/ 和 bundles/。</translation>
    </message>
    <message>
        <source>%1, %2: is not a known key</source>
        <translation>%1，%2：不是已知的键</translation>
    </message>
    <message>
        <source>%1, format: is missing</source>
        <translation>%1，format：缺失</translation>
    </message>
    <message>
        <source>%1, format: must be %2</source>
        <translation>%1，format：须为 %2</translation>
    </message>
    <message>
        <source>%1, format: format %2 is newer than this program reads (%3); install a newer OneWindow</source>
        <translation>%1，format：格式版本 %2 高于本程序可读取的版本（%3），请安装新版一窗通</translation>
    </message>
    <message>
        <source>%1, %2: must be a list</source>
        <translation>%1，%2：须为列表</translation>
    </message>
    <message>
        <source>%1, %2: must be an object</source>
        <translation>%1，%2：须为对象</translation>
    </message>
</context>
<context>
    <name>ow::catalog::CatalogService</name>
    <message>
        <source>The catalog could not be saved to the data file; the previous catalog stays in use.</source>
        <translation>事项目录未能写入数据文件，继续使用原有事项目录。</translation>
    </message>
    <message>
        <source>The catalog cannot be read from the data file.</source>
        <translation>无法从数据文件读取事项目录。</translation>
    </message>
    <message>
        <source>The catalog shipped with this program could not be installed: %1</source>
        <translation>程序自带的事项目录未能安装：%1</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CertificateDocument</name>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CertificatePayload</name>
    <message>
        <source>This is not a OneWindow certificate code, or it was not read completely.</source>
        <translation>这不是一窗通证照码，或未被完整读取。</translation>
    </message>
    <message>
        <source>This certificate code is of a newer kind (%1); update OneWindow to check it.</source>
        <translation>此证照码为较新的版本（%1），请升级一窗通后再核验。</translation>
    </message>
    <message>
        <source>This certificate was signed by a counter key (%1) that is not in the list of trusted keys. Update the trusted keys and check again.</source>
        <translation>此证照由不在可信密钥列表中的窗口密钥（%1）签名。请更新可信密钥后再核验。</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>密码算法库无法启动。</translation>
    </message>
    <message>
        <source>The signature does not match: this certificate code has been altered or forged.</source>
        <translation>签名不符：此证照码已被篡改或伪造。</translation>
    </message>
    <message>
        <source>The counter key %1 was not trusted for hall %2 on %3, the day this certificate was issued.</source>
        <translation>本证照签发当日（%3），窗口密钥 %1 不是大厅 %2 的可信密钥。</translation>
    </message>
    <message>
        <source>The certificate is genuine but expired on %1.</source>
        <translation>证照真实，但已于 %1 过期。</translation>
    </message>
    <message>
        <source>The certificate is genuine and valid.</source>
        <translation>证照真实且在有效期内。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CertificateTemplate</name>
    <message>
        <source>%1: unknown key %2.</source>
        <translation>%1：未知的键 %2。</translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1：缺少 %2。</translation>
    </message>
    <message>
        <source>%1: %2 must be text.</source>
        <translation>%1：%2 必须是文本。</translation>
    </message>
    <message>
        <source>%1: %2 must be a number above 0.</source>
        <translation>%1：%2 必须是大于 0 的数。</translation>
    </message>
    <message>
        <source>%1: %2 must be a number of 0 or more.</source>
        <translation>%1：%2 必须是不小于 0 的数。</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false.</source>
        <translation>%1：%2 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1: %2 must be an object.</source>
        <translation>%1：%2 必须是对象。</translation>
    </message>
    <message>
        <source>%1: %2 lies outside the %3 x %4 mm page.</source>
        <translation>%1：%2 超出了 %3 x %4 毫米的页面。</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at character %3).</source>
        <translation>%1：不是 JSON 对象（第 %3 个字符处%2）。</translation>
    </message>
    <message>
        <source>%1: format %2 is not supported; this program reads format %3.</source>
        <translation>%1：不支持格式 %2；本程序读取格式 %3。</translation>
    </message>
    <message>
        <source>%1: code must not be empty.</source>
        <translation>%1：code 不能为空。</translation>
    </message>
    <message>
        <source>%1: item_codes must be a list of catalog item codes.</source>
        <translation>%1：item_codes 必须是事项代码列表。</translation>
    </message>
    <message>
        <source>%1: fields must be a list.</source>
        <translation>%1：fields 必须是列表。</translation>
    </message>
    <message>
        <source>%1: %2.align must be left, center or right.</source>
        <translation>%1：%2.align 必须是 left、center 或 right。</translation>
    </message>
    <message>
        <source>%1: %2 has the unknown source %3.</source>
        <translation>%1：%2 的数据来源 %3 未知。</translation>
    </message>
    <message>
        <source>%1: %2 has the source literal but no text.</source>
        <translation>%1：%2 的来源是 literal，但没有 text。</translation>
    </message>
    <message>
        <source>%1: the field id %2 is used twice.</source>
        <translation>%1：字段 id %2 重复使用。</translation>
    </message>
    <message>
        <source>The certificate template %1 cannot be read: %2</source>
        <translation>无法读取证照模板 %1：%2</translation>
    </message>
    <message>
        <source>There is no certificate template %1. Templates: %2.</source>
        <translation>没有证照模板 %1。现有模板：%2。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::CounterKey</name>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>密码算法库无法启动。</translation>
    </message>
    <message>
        <source>The counter's signing key in the system keyring is damaged. Ask IT staff to remove it and enroll the counter again.</source>
        <translation>系统密钥环中本窗口的签名密钥已损坏。请联系信息技术人员删除该密钥并重新登记本窗口。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::NumberService</name>
    <message>
        <source>Name the certificate template the numbers are for.</source>
        <translation>请指定编号所属的证书模板。</translation>
    </message>
    <message>
        <source>A block runs from a number to a number not smaller than it (got %1 to %2).</source>
        <translation>编号段的终止号不能小于起始号（输入为 %1 至 %2）。</translation>
    </message>
    <message>
        <source>The width of a number is 0 to %1 digits.</source>
        <translation>编号位数为 0 至 %1 位。</translation>
    </message>
    <message>
        <source>Numbers %1 to %2 overlap block %3 to %4 of template %5 (block %6); a number is never given twice.</source>
        <translation>编号 %1 至 %2 与模板 %5 的编号段 %3 至 %4（编号段 %6）重叠；同一编号不能发放两次。</translation>
    </message>
    <message>
        <source>The number block could not be saved; try again.</source>
        <translation>编号段未能保存，请重试。</translation>
    </message>
    <message>
        <source>The data file is busy; try again.</source>
        <translation>数据文件正忙，请重试。</translation>
    </message>
    <message>
        <source>No numbers left for template %1; add a block.</source>
        <translation>模板 %1 已无可用编号，请添加编号段。</translation>
    </message>
    <message>
        <source>No number could be taken for template %1; the case may be missing. Nothing was printed.</source>
        <translation>未能为模板 %1 领取编号，办件可能不存在。未打印任何内容。</translation>
    </message>
    <message>
        <source>There is no such certificate number at this counter.</source>
        <translation>本窗口没有该证书编号。</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>已损耗</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Number %1 is %2 already; it cannot change like this.</source>
        <translation>编号 %1 已是%2状态，不能这样变更。</translation>
    </message>
    <message>
        <source>Number %1 changed meanwhile or could not be saved; look it up again.</source>
        <translation>编号 %1 已被修改或未能保存，请重新查询。</translation>
    </message>
    <message>
        <source>Give the reason for the reprint; it is kept with the number.</source>
        <translation>请填写补打原因；原因随编号留存。</translation>
    </message>
    <message>
        <source>A reprint must be approved by a supervisor or an admin.</source>
        <translation>补打须由主管或管理员审批。</translation>
    </message>
    <message>
        <source>Give the reason for voiding the number; it is kept with the number.</source>
        <translation>请填写作废原因；原因随编号留存。</translation>
    </message>
    <message>
        <source>Voiding a number must be approved by a supervisor or an admin.</source>
        <translation>作废编号须由主管或管理员审批。</translation>
    </message>
    <message>
        <source>The numbers of template %1 could not be returned; try again.</source>
        <translation>模板 %1 的编号未能退回，请重试。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::SupervisorApproval</name>
    <message>
        <source>%1 is not a supervisor; a supervisor or an admin must approve this.</source>
        <translation>%1 不是主管；须由主管或管理员审批。</translation>
    </message>
</context>
<context>
    <name>ow::certificate::TrustedKeys</name>
    <message>
        <source>The trusted keys file %1 cannot be read: %2.</source>
        <translation>无法读取可信密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>The trusted keys file %1 is damaged: %2</source>
        <translation>可信密钥文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>it must be a list of keys.</source>
        <translation>内容必须是密钥列表。</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1不是对象。</translation>
    </message>
    <message>
        <source>%1 has no valid public_key (32 bytes in base64).</source>
        <translation>%1没有有效的 public_key（32 字节，base64 编码）。</translation>
    </message>
    <message>
        <source>%1: key_id %2 does not belong to its public_key.</source>
        <translation>%1：key_id %2 与其 public_key 不对应。</translation>
    </message>
    <message>
        <source>%1 has a validity date that is not YYYY-MM-DD.</source>
        <translation>%1的有效期日期不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1的有效期结束早于开始。</translation>
    </message>
</context>
<context>
    <name>ow::cli::Cli</name>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>clerk add needs --%1.</source>
        <translation>clerk add 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The role must be clerk, supervisor or admin.</source>
        <translation>角色须为 clerk（窗口人员）、supervisor（主管）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Clerk %1 (%2) added as %3.</source>
        <translation>已添加工作人员 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>No clerks yet. Add one with: onewindow-cli clerk add --login L --name N --role admin</source>
        <translation>尚无工作人员。可用以下命令添加：onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 可用的子命令：%2。</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>%1 没有数据文件。</translation>
    </message>
    <message>
        <source>ok: %1 is intact, schema version %2 (this program: %3)</source>
        <translation>正常：%1 完好，结构版本 %2（本程序：%3）</translation>
    </message>
    <message>
        <source>db backup takes one FILE to write the backup to.</source>
        <translation>db backup 需要一个备份文件名 FILE。</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>hall set needs --%1.</source>
        <translation>hall set 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口号须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>This PC is counter %1 of %2 (%3).</source>
        <translation>本机为%2（%3）%1 号窗口。</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet: onewindow-cli hall set --code C --name N --counter N</source>
        <translation>本机尚未设置为受理窗口：onewindow-cli hall set --code 编码 --name 名称 --counter 窗口号</translation>
    </message>
    <message>
        <source>idcard read needs --port, the reader's serial device (for example /dev/ttyUSB0).</source>
        <translation>idcard read 需要 --port 参数，即读卡器的串口设备（例如 /dev/ttyUSB0）。</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 115200, or auto.</source>
        <translation>--baud 须为波特率（如 115200）或 auto。</translation>
    </message>
    <message>
        <source>--timeout-ms takes a positive number of milliseconds.</source>
        <translation>--timeout-ms 须为正整数毫秒数。</translation>
    </message>
    <message>
        <source>idcard check takes one ID number.</source>
        <translation>idcard check 需要一个身份证号码。</translation>
    </message>
    <message>
        <source>--date takes a date of the form YYYY-MM-DD.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>calendar import takes one FILE.</source>
        <translation>calendar import 需要一个文件 FILE。</translation>
    </message>
    <message>
        <source>Imported the working-day calendar of %1.</source>
        <translation>已导入 %1 年的工作日历。</translation>
    </message>
    <message>
        <source>There is no clerk %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>case create needs --item and one of --card FILE or --id-number N.</source>
        <translation>case create 需要 --item，以及 --card FILE 或 --id-number N 之一。</translation>
    </message>
    <message>
        <source>Give one --due per --missing material, in the same order.</source>
        <translation>每个 --missing 材料对应一个 --due，顺序一致。</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalog; see onewindow-cli catalog list.</source>
        <translation>事项目录中没有事项 %1；请查看 onewindow-cli catalog list。</translation>
    </message>
    <message>
        <source>The card file %1 cannot be read: %2</source>
        <translation>无法读取证件文件 %1：%2</translation>
    </message>
    <message>
        <source>The card file %1 is not a card: %2</source>
        <translation>证件文件 %1 不是有效的证件信息：%2</translation>
    </message>
    <message>
        <source>%1 is not known at this counter yet: give the card with --card FILE.</source>
        <translation>本窗口尚无 %1 的信息：请用 --card FILE 提供证件信息。</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not %1.</source>
        <translation>--field 须为 KEY=VALUE 形式，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>--due takes a date of the form YYYY-MM-DD.</source>
        <translation>--due 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 has no material %2.</source>
        <translation>%1 没有材料 %2。</translation>
    </message>
    <message>
        <source>Unknown state %1; states are received, in_review, approved, rejected, ready, collected, delivered, closed, issued.</source>
        <translation>未知状态 %1；可用状态：received、in_review、approved、rejected、ready、collected、delivered、closed、issued。</translation>
    </message>
    <message>
        <source>case show takes one case number.</source>
        <translation>case show 需要一个办件编号。</translation>
    </message>
    <message>
        <source>There is no case %1 at this counter.</source>
        <translation>本窗口没有办件 %1。</translation>
    </message>
    <message>
        <source>case set-state takes a case number and a state (received, in_review, approved, rejected, ready, collected, delivered, closed, issued).</source>
        <translation>case set-state 需要办件编号和状态（received、in_review、approved、rejected、ready、collected、delivered、closed、issued）。</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>办件 %1 现为%2。</translation>
    </message>
    <message>
        <source>case receipt takes a case number and --pdf FILE.</source>
        <translation>case receipt 需要办件编号和 --pdf FILE。</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>受理回执已写入 %1。</translation>
    </message>
    <message>
        <source>case notice needs --item, --id-number, --missing MATERIAL (one or more) and --pdf FILE.</source>
        <translation>case notice 需要 --item、--id-number、--missing MATERIAL（一个或多个）和 --pdf FILE。</translation>
    </message>
    <message>
        <source>One-time notice %1 written to %2.</source>
        <translation>一次性告知单 %1 已写入 %2。</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>catalog import takes one PATH: a catalog folder or a catalog file.</source>
        <translation>catalog import 需要一个 PATH：事项目录文件夹或事项目录文件。</translation>
    </message>
    <message>
        <source>Nothing was imported; the catalog in use is unchanged.</source>
        <translation>未导入任何内容，当前使用的事项目录保持不变。</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 个事项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 个事项</translation>
    </message>
    <message>
        <source>1 bundle</source>
        <translation>1 个“一件事”</translation>
    </message>
    <message>
        <source>%1 bundles</source>
        <translation>%1 个“一件事”</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>已导入 %1 和 %2。</translation>
    </message>
    <message>
        <source>catalog search takes the TEXT to find.</source>
        <translation>catalog search 需要要查找的 TEXT。</translation>
    </message>
    <message>
        <source>catalog list takes no operands.</source>
        <translation>catalog list 不接受操作数。</translation>
    </message>
    <message>
        <source>--limit takes a number of at least 1.</source>
        <translation>--limit 须为不小于 1 的数字。</translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation>没有与“%1”匹配的事项。</translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>事项目录为空。</translation>
    </message>
    <message>
        <source>A new signing key was made for this counter and kept in the system keyring.</source>
        <translation>已为本窗口生成新的签名密钥，并保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>密钥编号：%1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>公钥：%1</translation>
    </message>
    <message>
        <source>certificate sign needs --%1.</source>
        <translation>certificate sign 需要 --%1。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; --valid-to also takes long-term.</source>
        <translation>日期格式为 YYYY-MM-DD；--valid-to 也可以是 long-term。</translation>
    </message>
    <message>
        <source>The certificate would expire before it is issued.</source>
        <translation>证照的有效期将早于签发日期结束。</translation>
    </message>
    <message>
        <source>certificate verify takes one payload (quote it: it contains |).</source>
        <translation>certificate verify 需要一个二维码内容（请加引号：其中含有 |）。</translation>
    </message>
    <message>
        <source>Supervisor's password: </source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>numbers add-block needs --%1.</source>
        <translation>numbers add-block 需要 --%1。</translation>
    </message>
    <message>
        <source>--from, --to and --width take whole numbers.</source>
        <translation>--from、--to 和 --width 须为整数。</translation>
    </message>
    <message>
        <source>Block %1 to %2 added for template %3.</source>
        <translation>已为模板 %3 添加编号段 %1 至 %2。</translation>
    </message>
    <message>
        <source>No number blocks yet. Add one with: onewindow-cli numbers add-block --template T --from A --to B</source>
        <translation>尚无编号段。添加方法：onewindow-cli numbers add-block --template T --from A --to B</translation>
    </message>
    <message>
        <source>%1 %2-%3: %4 printed, %5 spoiled, %6 voided, %7 reserved, %8 returned, %9 remaining</source>
        <translation>%1 %2-%3：已打印 %4，已损耗 %5，已作废 %6，已领取 %7，已退回 %8，剩余 %9</translation>
    </message>
    <message>
        <source>numbers take needs --%1.</source>
        <translation>numbers take 需要 --%1。</translation>
    </message>
    <message>
        <source>Usage: numbers %1 NUMBER --template T --reason TEXT [--supervisor LOGIN]</source>
        <translation>用法：numbers %1 编号 --template T --reason 原因 [--supervisor 登录名]</translation>
    </message>
    <message>
        <source>numbers void needs --supervisor: a supervisor or an admin approves it.</source>
        <translation>numbers void 需要 --supervisor：须由主管或管理员审批。</translation>
    </message>
    <message>
        <source>Number %1 of template %2 was never taken at this counter.</source>
        <translation>本窗口从未领取过模板 %2 的编号 %1。</translation>
    </message>
    <message>
        <source>Number %1 voided.</source>
        <translation>编号 %1 已作废。</translation>
    </message>
    <message>
        <source>Number %1 spoiled; the next print takes a new number.</source>
        <translation>编号 %1 已记为损耗；下次打印将使用新编号。</translation>
    </message>
    <message>
        <source>numbers from series %1, %2 digits</source>
        <translation>编号取自号段 %1，%2 位</translation>
    </message>
    <message>
        <source>number from the form</source>
        <translation>编号取自表单</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read: %2</source>
        <translation>无法读取数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 is not a JSON object: %2</source>
        <translation>数据文件 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The data file %1 has the unknown key %2; it takes values, photo and qr.</source>
        <translation>数据文件 %1 含有未知的键 %2；只接受 values、photo 和 qr。</translation>
    </message>
    <message>
        <source>The data file %1 needs values: an object of texts by source, such as citizen.name.</source>
        <translation>数据文件 %1 需要 values：按数据来源（如 citizen.name）给出文本的对象。</translation>
    </message>
    <message>
        <source>The data file %1: the value of %2 must be text.</source>
        <translation>数据文件 %1：%2 的值必须是文本。</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read: %2</source>
        <translation>无法读取照片 %1：%2</translation>
    </message>
    <message>
        <source>certificate render needs --%1.</source>
        <translation>certificate render 需要 --%1。</translation>
    </message>
    <message>
        <source>No value for %1 (field %2); it stays empty.</source>
        <translation>%1（字段 %2）没有值，将留空。</translation>
    </message>
    <message numerus="yes">
        <source>ok: the audit chain holds over %n row(s).</source>
        <translation><numerusform>正常：审计链完整，共 %n 条记录。</numerusform></translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1 (%2): %3</source>
        <translation>审计链在第 %1 条记录（%2）处断裂：%3</translation>
    </message>
    <message>
        <source>  db check [--json]                 check the data file: integrity and schema version
  db backup FILE                    write a consistent copy of the data file
</source>
        <translation>  db check [--json]                 检查数据文件：完整性和结构版本
  db backup FILE                    写出数据文件的一致性备份
</translation>
    </message>
    <message>
        <source>  clerk add --login L --name N --role clerk|supervisor|admin
                                    add a clerk; the password is read from standard input
  clerk list [--json]               list the clerks of this counter
</source>
        <translation>  clerk add --login L --name N --role clerk|supervisor|admin
                                    添加工作人员；密码从标准输入读取
  clerk list [--json]               列出本窗口的工作人员
</translation>
    </message>
    <message>
        <source>  hall set --code C --name N --counter N [--address A] [--phone P] [--hours H]
                                    set which hall and counter this PC is
  hall show [--json]                show the hall and counter
</source>
        <translation>  hall set --code C --name N --counter N [--address A] [--phone P] [--hours H]
                                    设置本机所属大厅和窗口号
  hall show [--json]                显示大厅和窗口
</translation>
    </message>
    <message>
        <source>  idcard read --port DEVICE [--baud N|auto] [--timeout-ms N]
                                    read one ID card and print it as JSON; exit 3 no card,
                                    4 reader missing or silent, 5 protocol error
  idcard check NUMBER [--date YYYY-MM-DD]
                                    check an ID number; exit 0 valid, 1 not valid
</source>
        <translation>  idcard read --port DEVICE [--baud N|auto] [--timeout-ms N]
                                    读取一张身份证并以 JSON 输出；退出码 3 无卡，
                                    4 读卡器未连接或无应答，5 通信协议错误
  idcard check NUMBER [--date YYYY-MM-DD]
                                    校验身份证号码；退出码 0 有效，1 无效
</translation>
    </message>
    <message>
        <source>  catalog import PATH               check a catalog folder or district file and import it,
                                    all or nothing (every mistake is listed)
  catalog list [--json]             list the items of the catalog
  catalog search TEXT [--json]      find items by name, keyword, category or department
</source>
        <translation>  catalog import PATH               校验并导入事项目录文件夹或区级下发文件，
                                    全部导入或不导入（列出所有错误）
  catalog list [--json]             列出目录中的事项
  catalog search TEXT [--json]      按名称、关键词、类别或部门查找事项
</translation>
    </message>
    <message>
        <source>  calendar import FILE              import announced holiday years (checked whole)
  calendar list [--json]            the years the working-day calendar covers
</source>
        <translation>  calendar import FILE              导入已公布的节假日年度（整体校验）
  calendar list [--json]            工作日历覆盖的年度
</translation>
    </message>
    <message>
        <source>  case create --item CODE (--card FILE | --id-number N) [--field KEY=VALUE ...]
              [--missing MATERIAL [--due YYYY-MM-DD] ...] [--commitment MATERIAL ...]
              [--channel pickup|delivery|courier] [--address A] [--date YYYY-MM-DD]
                                    take a case; prints it as JSON, exit 1 when refused
  case list [--state S] [--json]    cases, newest first
  case show NUMBER [--json]         one case with materials and history
  case set-state NUMBER STATE [--note TEXT]
                                    move a case along its allowed states
  case receipt NUMBER --pdf FILE    the acceptance receipt as PDF
  case notice --item CODE --id-number N --missing MATERIAL... --pdf FILE
                                    the one-time notice of missing materials as PDF
</source>
        <translation>  case create --item CODE (--card FILE | --id-number N) [--field KEY=VALUE ...]
              [--missing MATERIAL [--due YYYY-MM-DD] ...] [--commitment MATERIAL ...]
              [--channel pickup|delivery|courier] [--address A] [--date YYYY-MM-DD]
                                    受理办件；以 JSON 输出，不予受理时退出码 1
  case list [--state S] [--json]    办件列表，最新在前
  case show NUMBER [--json]         单个办件及其材料和办理记录
  case set-state NUMBER STATE [--note TEXT]
                                    按允许的流程变更办件状态
  case receipt NUMBER --pdf FILE    以 PDF 输出受理回执
  case notice --item CODE --id-number N --missing MATERIAL... --pdf FILE
                                    以 PDF 输出缺件一次性告知单
</translation>
    </message>
    <message>
        <source>  certificate key [--json]          this counter's signing key (made on first use, kept in the
                                    system keyring); --json prints it as a trusted-keys file
  certificate sign --type T --number N --name NAME --id-number ID --issued YYYY-MM-DD
                   --valid-to YYYY-MM-DD|long-term --hall H
                                    print the signed QR payload of a certificate
  certificate verify PAYLOAD [--keys FILE]
                                    check a QR payload offline against trusted keys (default:
                                    trusted-keys.json in the data folder); prints JSON,
                                    exit 0 valid, 1 not
  certificate templates [--json]    the certificate templates: code, name, items, numbering
  certificate render --template T --data FILE --pdf FILE
                                    a certificate as PDF from a template (a code or a .json
                                    file) and a data file {values, photo, qr}
</source>
        <translation>  certificate key [--json]          本窗口的签名密钥（首次使用时生成，保存在系统密钥环中）；
                                    --json 以可信密钥文件格式输出
  certificate sign --type T --number N --name NAME --id-number ID --issued YYYY-MM-DD
                   --valid-to YYYY-MM-DD|long-term --hall H
                                    输出证照二维码的签名内容
  certificate verify PAYLOAD [--keys FILE]
                                    离线用可信密钥核验二维码内容（默认：数据文件夹中的
                                    trusted-keys.json）；以 JSON 输出，有效退出码 0，无效 1
  certificate templates [--json]    列出证照模板：代码、名称、事项、编号方式
  certificate render --template T --data FILE --pdf FILE
                                    按模板（代码或 .json 文件）和数据文件
                                    {values, photo, qr} 生成证照 PDF
</translation>
    </message>
    <message>
        <source>  numbers add-block --template T --from A --to B [--prefix P] [--width W]
                                    add a local block of certificate numbers (admin);
                                    exit 1 when it overlaps a block of the template
  numbers report [--template T] [--json]
                                    how every number of each block ended up
  numbers take --template T --case NUMBER
                                    take the next number for a case; prints it as JSON
  numbers spoil NUMBER --template T [--reason TEXT]
                                    a failed print: the number is spent, never reused
  numbers void NUMBER --template T --reason TEXT --supervisor LOGIN
                                    void a number; the supervisor's password is read from
                                    standard input
</source>
        <translation>  numbers add-block --template T --from A --to B [--prefix P] [--width W]
                                    添加本地证书编号段（管理员）；
                                    与该模板已有编号段重叠时退出码 1
  numbers report [--template T] [--json]
                                    各编号段每个编号的去向
  numbers take --template T --case NUMBER
                                    为办件领取下一个编号；以 JSON 输出
  numbers spoil NUMBER --template T [--reason TEXT]
                                    打印失败：编号作废损耗，永不重用
  numbers void NUMBER --template T --reason TEXT --supervisor LOGIN
                                    作废编号；主管密码从标准输入
                                    读取
</translation>
    </message>
    <message>
        <source>  audit verify [--json]             check the hash chain of the audit log; exit 0 when it holds,
                                    1 naming the first broken row
</source>
        <translation>  audit verify [--json]             校验审计日志的哈希链；完整时退出码 0，
                                    否则退出码 1 并指出第一条断裂的记录
</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang en|zh_CN] COMMAND [OPTIONS]

Commands:
</source>
        <translation>用法：onewindow-cli [--data-dir 目录] [--lang en|zh_CN] 命令 [选项]

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR   the counter's data folder (default: the user's application data folder)
  --lang LANG      language of messages: en or zh_CN
  --version        print the version
  -h, --help       print this help
</source>
        <translation>
选项：
  --data-dir DIR   本窗口的数据文件夹（默认：用户的应用数据文件夹）
  --lang LANG      提示语言：en 或 zh_CN
  --version        显示版本
  -h, --help       显示本帮助
</translation>
    </message>
</context>
<context>
    <name>ow::core::CounterSettings</name>
    <message>
        <source>The hall code must be 3 to 12 letters or digits.</source>
        <translation>大厅编码须为 3 到 12 位字母或数字。</translation>
    </message>
    <message>
        <source>The hall name must not be empty.</source>
        <translation>大厅名称不能为空。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口号须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>The hall and counter could not be saved to the data file.</source>
        <translation>无法将大厅和窗口信息保存到数据文件。</translation>
    </message>
    <message>
        <source>The idle lock must be between 0 (off) and %1 minutes.</source>
        <translation>空闲锁定时间须在 0（关闭）到 %1 分钟之间。</translation>
    </message>
    <message>
        <source>The setting could not be saved to the data file.</source>
        <translation>无法将设置保存到数据文件。</translation>
    </message>
    <message>
        <source>The hall phone number may hold digits, spaces, brackets, + and - only.</source>
        <translation>大厅电话只能包含数字、空格、括号、+ 和 -。</translation>
    </message>
    <message>
        <source>The hall's contact details could not be saved to the data file.</source>
        <translation>无法将大厅联系方式保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::core::KeychainSecretStore</name>
    <message>
        <source>The system keyring refused access to the secret "%1". Unlock the keyring (log in to the desktop again) and retry.</source>
        <translation>系统密钥环拒绝访问密钥“%1”。请解锁密钥环（重新登录桌面）后重试。</translation>
    </message>
    <message>
        <source>No secure storage (system keyring) is available on this computer, so the secret "%1" cannot be kept. Log in to a desktop session with a keyring (GNOME Keyring or KWallet) and retry.</source>
        <translation>本机没有可用的安全存储（系统密钥环），无法保存密钥“%1”。请登录带有密钥环（GNOME 密钥环或 KWallet）的桌面会话后重试。</translation>
    </message>
    <message>
        <source>The system keyring could not be used for the secret "%1" (%2). Make sure a desktop session with a keyring (GNOME Keyring or KWallet) is running.</source>
        <translation>无法使用系统密钥环保存或读取密钥“%1”（%2）。请确认带有密钥环（GNOME 密钥环或 KWallet）的桌面会话正在运行。</translation>
    </message>
</context>
<context>
    <name>ow::core::Language</name>
    <message>
        <source>Unknown language %1; use en or zh_CN.</source>
        <translation>未知语言 %1；请使用 en 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>ow::core::MemorySecretStore</name>
    <message>
        <source>No secure storage is available.</source>
        <translation>没有可用的安全存储。</translation>
    </message>
</context>
<context>
    <name>ow::db::Database</name>
    <message>
        <source>There is no data file at %1 yet; it will be created.</source>
        <translation>%1 尚无数据文件，将新建。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow data file (it is not an SQLite database). The file was left as it is.</source>
        <translation>%1 不是一窗通数据文件（不是 SQLite 数据库）。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). Restore it from a backup or call IT support; the file was left as it is.</source>
        <translation>数据文件 %1 已损坏（%2）。请从备份恢复或联系信息技术人员；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a OneWindow data file. The file was left as it is.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是一窗通数据文件。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of OneWindow (schema %2; this program knows up to %3). Install the newer version; the file was left as it is.</source>
        <translation>数据文件 %1 由更新版本的一窗通写入（结构版本 %2，本程序最高支持 %3）。请安装新版本；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file is intact; schema version %1.</source>
        <translation>数据文件完好，结构版本 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file cannot be prepared (%1): %2</source>
        <translation>无法初始化数据文件（%1）：%2</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation is not usable.</source>
        <translation>本机安装的 SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>The data file is busy or read-only: %1</source>
        <translation>数据文件正被占用或为只读：%1</translation>
    </message>
    <message>
        <source>The data file could not be updated to the new version and was left as it was: %1</source>
        <translation>数据文件无法升级到新版本，已保持原状：%1</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 已存在，请为备份另选文件名。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The data file is not open.</source>
        <translation>数据文件未打开。</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Is the disk full?</source>
        <translation>无法写入备份（%1）。磁盘是否已满？</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>备份未通过校验，已删除：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
</context>
<context>
    <name>ow::forms::FormDefinition</name>
    <message>
        <source>Form field "%1": %2</source>
        <translation>表单字段“%1”：%2</translation>
    </message>
    <message>
        <source>each field must be an object.</source>
        <translation>每个字段必须是一个对象。</translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>标识只能由小写字母、数字和下划线组成，并以字母开头。</translation>
    </message>
    <message>
        <source>unknown key "%1".</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>the label is missing.</source>
        <translation>缺少标签。</translation>
    </message>
    <message>
        <source>unknown kind "%1".</source>
        <translation>未知的字段类型“%1”。</translation>
    </message>
    <message>
        <source>a table column cannot be a table.</source>
        <translation>表格的列不能是表格。</translation>
    </message>
    <message>
        <source>"validation" must be an object.</source>
        <translation>“validation”必须是一个对象。</translation>
    </message>
    <message>
        <source>a computed field cannot also be prefilled.</source>
        <translation>计算字段不能同时设置预填来源。</translation>
    </message>
    <message>
        <source>a field has either "compute" or "compute_if_empty", not both.</source>
        <translation>字段只能设置“compute”或“compute_if_empty”之一，不能同时设置。</translation>
    </message>
    <message>
        <source>only a choice has options.</source>
        <translation>只有选择类字段才能有选项。</translation>
    </message>
    <message>
        <source>a choice needs its options.</source>
        <translation>选择类字段必须列出选项。</translation>
    </message>
    <message>
        <source>the default is not one of the options.</source>
        <translation>默认值不是选项之一。</translation>
    </message>
    <message>
        <source>only a table has columns.</source>
        <translation>只有表格类字段才能有列。</translation>
    </message>
    <message>
        <source>"columns" must be a non-empty list.</source>
        <translation>“columns”必须是非空列表。</translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation>标识重复使用。</translation>
    </message>
    <message>
        <source>a table needs its columns.</source>
        <translation>表格类字段必须列出各列。</translation>
    </message>
    <message>
        <source>the stage must be "intake" or "review".</source>
        <translation>环节必须是“intake”或“review”。</translation>
    </message>
    <message>
        <source>"sensitive" must be true or false.</source>
        <translation>“sensitive”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>"help" must be text.</source>
        <translation>“help”必须是文本。</translation>
    </message>
    <message>
        <source>the check "%1" is not allowed for a field of kind %2.</source>
        <translation>类型为 %2 的字段不允许使用校验项“%1”。</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>"%1" must be non-empty text.</source>
        <translation>“%1”必须是非空文本。</translation>
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more.</source>
        <translation>“%1”必须是不小于0的整数。</translation>
    </message>
    <message>
        <source>"%1" must be a date (YYYY-MM-DD) or service_date.</source>
        <translation>“%1”必须是日期（YYYY-MM-DD）或 service_date。</translation>
    </message>
    <message>
        <source>"%1" must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>"min" is greater than "max".</source>
        <translation>“min”大于“max”。</translation>
    </message>
    <message>
        <source>"min_length" is greater than "max_length".</source>
        <translation>“min_length”大于“max_length”。</translation>
    </message>
    <message>
        <source>"min_rows" is greater than "max_rows".</source>
        <translation>“min_rows”大于“max_rows”。</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression.</source>
        <translation>pattern 不是有效的正则表达式。</translation>
    </message>
    <message>
        <source>a pattern needs a "pattern_message".</source>
        <translation>设置 pattern 时必须同时设置“pattern_message”。</translation>
    </message>
    <message>
        <source>"pattern_message" without a pattern.</source>
        <translation>设置了“pattern_message”却没有 pattern。</translation>
    </message>
    <message>
        <source>"prefill" must be a list.</source>
        <translation>“prefill”必须是列表。</translation>
    </message>
    <message>
        <source>the card has no field "%1".</source>
        <translation>身份证上没有字段“%1”。</translation>
    </message>
    <message>
        <source>the citizen record has no field "%1".</source>
        <translation>居民档案中没有字段“%1”。</translation>
    </message>
    <message>
        <source>an earlier-case source needs the id of a field.</source>
        <translation>既往办件来源必须指定字段标识。</translation>
    </message>
    <message>
        <source>an earlier-case source names an empty item.</source>
        <translation>既往办件来源指定的事项为空。</translation>
    </message>
    <message>
        <source>unknown shared dataset "%1".</source>
        <translation>未知的共享数据集“%1”。</translation>
    </message>
    <message>
        <source>the shared dataset "%1" has no field "%2".</source>
        <translation>共享数据集“%1”中没有字段“%2”。</translation>
    </message>
    <message>
        <source>unknown prefill source "%1".</source>
        <translation>未知的预填来源“%1”。</translation>
    </message>
    <message>
        <source>unknown key "%1" in a prefill source.</source>
        <translation>预填来源中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>unknown computation "%1".</source>
        <translation>未知的计算“%1”。</translation>
    </message>
    <message>
        <source>unknown key "%1" in a computation.</source>
        <translation>计算中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>the computation "%1" takes %2 input(s).</source>
        <translation>计算“%1”需要 %2 个输入。</translation>
    </message>
    <message>
        <source>the computation "%1" needs a column.</source>
        <translation>计算“%1”必须指定列。</translation>
    </message>
    <message>
        <source>"options" must be a non-empty list.</source>
        <translation>“options”必须是非空列表。</translation>
    </message>
    <message>
        <source>every option needs a value and a label.</source>
        <translation>每个选项都必须有值和标签。</translation>
    </message>
    <message>
        <source>the option value "%1" is used twice.</source>
        <translation>选项值“%1”重复使用。</translation>
    </message>
    <message>
        <source>unknown key "%1" in an option.</source>
        <translation>选项中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>the computation "%1" gives a %2, but the field is a %3.</source>
        <translation>计算“%1”的结果类型为 %2，但字段类型为 %3。</translation>
    </message>
    <message>
        <source>the computation reads "%1", which is not a field of this form.</source>
        <translation>计算读取的“%1”不是本表单的字段。</translation>
    </message>
    <message>
        <source>the computation "%1" needs a %2 as input %3.</source>
        <translation>计算“%1”的第 %3 个输入必须是 %2 类型。</translation>
    </message>
    <message>
        <source>"%1" is not a number column of the table "%2".</source>
        <translation>“%1”不是表格“%2”的数字列。</translation>
    </message>
    <message>
        <source>a condition must be an object with "field" and "in" or "equals".</source>
        <translation>条件必须是包含“field”以及“in”或“equals”的对象。</translation>
    </message>
    <message>
        <source>the condition on "%1" needs a non-empty "in" list.</source>
        <translation>关于“%1”的条件必须有非空的“in”列表。</translation>
    </message>
    <message>
        <source>the condition names "%1", which is not a field of this form.</source>
        <translation>条件中的“%1”不是本表单的字段。</translation>
    </message>
    <message>
        <source>the condition on "%1" names "%2", which is not one of its options.</source>
        <translation>关于“%1”的条件中的“%2”不是该字段的选项。</translation>
    </message>
    <message>
        <source>unknown key in the form.</source>
        <translation>表单中有未知的键。</translation>
    </message>
    <message>
        <source>The form has no fields.</source>
        <translation>表单没有任何字段。</translation>
    </message>
</context>
<context>
    <name>ow::forms::FormEngine</name>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1至少应有 %2 个字。</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>%1最多只能有 %2 个字。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 must be a mobile number (11 digits starting with 1) or a landline number with its area code, such as 0571-87654321.</source>
        <translation>%1应为手机号码（以1开头的11位数字）或带区号的固定电话，如 0571-87654321。</translation>
    </message>
    <message>
        <source>%1 must be the 18-character number (GB 11643-1999).</source>
        <translation>%1应为18位公民身份号码（GB 11643-1999）。</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1应为日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1 cannot be before the service date (%2).</source>
        <translation>%1不能早于办理当日（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>%1不能早于 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be in the future (after the service date %2).</source>
        <translation>%1不能晚于办理当日（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be after %2.</source>
        <translation>%1不能晚于 %2。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1应为数字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1应为整数。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1不能小于 %2。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1不能大于 %2。</translation>
    </message>
    <message>
        <source>%1: choose one of the listed options.</source>
        <translation>%1：请从列出的选项中选择。</translation>
    </message>
    <message>
        <source>%1 needs at least %2 row(s).</source>
        <translation>%1至少应填写 %2 行。</translation>
    </message>
    <message>
        <source>%1 can have at most %2 rows.</source>
        <translation>%1最多只能填写 %2 行。</translation>
    </message>
    <message>
        <source>%1 needs at least one row.</source>
        <translation>%1至少应填写一行。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1第 %2 行：%3</translation>
    </message>
    <message>
        <source>Eligibility rule %1 (%2): %3</source>
        <translation>第 %1 条受理条件（%2）：%3</translation>
    </message>
    <message>
        <source>unknown rule.</source>
        <translation>未知的规则。</translation>
    </message>
    <message>
        <source>unknown key "%1".</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>the parameter "%1" is missing.</source>
        <translation>缺少参数“%1”。</translation>
    </message>
    <message>
        <source>the reason is missing.</source>
        <translation>缺少不符合时的说明（reason）。</translation>
    </message>
    <message>
        <source>"severity" must be block or warn.</source>
        <translation>“severity”必须是 block 或 warn。</translation>
    </message>
    <message>
        <source>"when_unknown" must be block, warn or allow.</source>
        <translation>“when_unknown”必须是 block、warn 或 allow。</translation>
    </message>
    <message>
        <source>"value" must be a number.</source>
        <translation>“value”必须是数字。</translation>
    </message>
    <message>
        <source>"allow_residence_permit" must be true or false.</source>
        <translation>“allow_residence_permit”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>unknown shared dataset "%1".</source>
        <translation>未知的共享数据集“%1”。</translation>
    </message>
    <message>
        <source>the shared dataset "%1" has no field "%2".</source>
        <translation>共享数据集“%1”中没有字段“%2”。</translation>
    </message>
    <message>
        <source>"regions" must be a non-empty list.</source>
        <translation>“regions”必须是非空列表。</translation>
    </message>
    <message>
        <source>the region "%1" must have 2, 4 or 6 digits.</source>
        <translation>行政区划“%1”必须是2位、4位或6位数字。</translation>
    </message>
    <message>
        <source>"item" must be self or an item code.</source>
        <translation>“item”必须是 self 或事项编码。</translation>
    </message>
    <message>
        <source>"scope" must be person or household.</source>
        <translation>“scope”必须是 person 或 household。</translation>
    </message>
    <message>
        <source>"%1" is not a field of this form.</source>
        <translation>“%1”不是本表单的字段。</translation>
    </message>
    <message>
        <source>"%1" must be a date field.</source>
        <translation>“%1”必须是日期字段。</translation>
    </message>
    <message>
        <source>"%1" must be a number field.</source>
        <translation>“%1”必须是数字字段。</translation>
    </message>
    <message>
        <source>"values" must be a non-empty list.</source>
        <translation>“values”必须是非空列表。</translation>
    </message>
    <message>
        <source>"%1" is not an option of "%2".</source>
        <translation>“%1”不是“%2”的选项。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::CardInfo</name>
    <message>
        <source>The date "%1" in field %2 is not a date of the form YYYY-MM-DD.</source>
        <translation>字段 %2 中的“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID card (2017)</source>
        <translation>外国人永久居留身份证（2017 版）</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID card (2023)</source>
        <translation>外国人永久居留身份证（2023 版）</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>The card type "%1" is not one of resident, foreign_permanent_2017, foreign_permanent_2023, hk_mo_tw_permit.</source>
        <translation>证件类型“%1”不是 resident、foreign_permanent_2017、foreign_permanent_2023、hk_mo_tw_permit 之一。</translation>
    </message>
    <message>
        <source>The sex "%1" is not a GB/T 2261.1 sex.</source>
        <translation>性别“%1”不符合 GB/T 2261.1。</translation>
    </message>
    <message>
        <source>The nation "%1" is not a GB/T 3304 ethnic group.</source>
        <translation>民族“%1”不符合 GB/T 3304。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::CardTextCodec</name>
    <message>
        <source>The card's text could not be read completely. Place the card again.</source>
        <translation>未能完整读取证件信息，请重新放卡。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::IdNumber</name>
    <message>
        <source>The birth date %1 in the ID number is not a real date. Check the number on the card.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number lies in the future. Check the number on the card.</source>
        <translation>身份证号码中的出生日期 %1 晚于今天，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a region code. Check the number on the card.</source>
        <translation>身份证号码以 %1 开头，这不是行政区划代码，请核对证件上的号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X.</source>
        <translation>身份证号码为 18 位：17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The ID number does not add up: its last character should be %1. One of the characters is probably mistyped.</source>
        <translation>身份证号码校验不通过：最后一位应为 %1，可能有字符输错。</translation>
    </message>
    <message>
        <source>Enter an ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (17 digits, then a digit or X); old numbers have 15 digits, and foreigners' cards of 2017 three letters and 12 digits.</source>
        <translation>身份证号码为 18 位（17 位数字加 1 位数字或 X）；旧号码为 15 位数字，2017 版外国人永久居留身份证为 3 个字母加 12 位数字。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::ReaderSettings</name>
    <message>
        <source>The card photo cannot be shown: %1 Take a photo with the camera at intake instead.</source>
        <translation>无法显示证件照片：%1请在受理时用摄像头现场拍照。</translation>
    </message>
    <message>
        <source>Card reader off.</source>
        <translation>读卡器已关闭。</translation>
    </message>
    <message>
        <source>Card reader not connected. Check its cable; reading resumes by itself.</source>
        <translation>读卡器未连接。请检查连接线，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>Card reader ready: place the ID card on the reader.</source>
        <translation>读卡器就绪：请将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>Reading the card. Keep it on the reader.</source>
        <translation>正在读卡，请勿移开证件。</translation>
    </message>
    <message>
        <source>The card reader reports a fault. Restart it or call IT support.</source>
        <translation>读卡器报告故障，请重启读卡器或联系信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::SamReader</name>
    <message>
        <source>The ID card reader was disconnected. Plug it in again; reading resumes by itself.</source>
        <translation>身份证读卡器已断开，请重新接好，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Check that it is switched on and connected.</source>
        <translation>身份证读卡器无应答，请检查是否已通电并连接。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader was damaged. Check the cable; the read is retried.</source>
        <translation>读卡器返回的数据已损坏，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 is not connected. Check its cable.</source>
        <translation>%1 上的身份证读卡器未连接，请检查连接线。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 does not answer at %2 baud. Check that it is switched on and the baud rate in the settings.</source>
        <translation>%1 上的身份证读卡器在 %2 波特率下无应答，请检查是否已通电以及设置中的波特率。</translation>
    </message>
    <message>
        <source>The ID card reader at %1 does not answer at any usual baud rate. Check that it is switched on.</source>
        <translation>%1 上的身份证读卡器在所有常用波特率下均无应答，请检查是否已通电。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::SdtApiReader</name>
    <message>
        <source>The card reader's vendor library (%1) is not installed. Install the reader's driver, or choose the serial protocol in the settings.</source>
        <translation>未安装读卡器厂商驱动库（%1）。请安装读卡器驱动，或在设置中改用串口协议。</translation>
    </message>
    <message>
        <source>The library %1 is not a card reader library this program can use.</source>
        <translation>库 %1 不是本程序可用的读卡器驱动库。</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Check that it is switched on and connected.</source>
        <translation>身份证读卡器无应答，请检查是否已通电并连接。</translation>
    </message>
    <message>
        <source>The ID card reader was disconnected. Plug it in again; reading resumes by itself.</source>
        <translation>身份证读卡器已断开，请重新接好，接好后自动恢复读卡。</translation>
    </message>
    <message>
        <source>The ID card reader on port %1 is not connected. Check its cable.</source>
        <translation>端口 %1 上的身份证读卡器未连接，请检查连接线。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::WltDecoder</name>
    <message>
        <source>No photo decoder is installed. The card was read; its photo is kept undecoded.</source>
        <translation>未安装照片解码库。证件已读取，照片以未解码形式保存。</translation>
    </message>
    <message>
        <source>The photo read from the card is incomplete. Place the card again.</source>
        <translation>读取的证件照片不完整，请重新放卡。</translation>
    </message>
    <message>
        <source>The photo decoder could not decode the photo (code %1).</source>
        <translation>照片解码库无法解码照片（代码 %1）。</translation>
    </message>
    <message>
        <source>The photo decoder returned an image that cannot be used.</source>
        <translation>照片解码库返回的图像无法使用。</translation>
    </message>
    <message>
        <source>The photo could not be decoded: no temporary folder is writable.</source>
        <translation>无法解码照片：没有可写的临时文件夹。</translation>
    </message>
    <message>
        <source>The photo decoder reported success but wrote no image.</source>
        <translation>照片解码库报告成功，但未输出图像。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::readOnce</name>
    <message>
        <source>No card was placed on the reader in time.</source>
        <translation>在限定时间内没有放卡。</translation>
    </message>
</context>
<context>
    <name>ow::idcard::sam</name>
    <message>
        <source>The card reader completed the operation.</source>
        <translation>读卡器操作成功。</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>读卡器上有证件。</translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader.</source>
        <translation>读卡器上没有证件，请将身份证平放在读卡器上。</translation>
    </message>
    <message>
        <source>The card could not be selected. Hold the card still on the reader and try again.</source>
        <translation>选卡失败，请将证件放稳后重试。</translation>
    </message>
    <message>
        <source>The card could not be read. Hold the card still on the reader and try again.</source>
        <translation>读卡失败，请将证件放稳后重试。</translation>
    </message>
    <message>
        <source>The card holds no such information.</source>
        <translation>证件中没有该项信息。</translation>
    </message>
    <message>
        <source>The card reader received a damaged command. Check the cable; the read is retried.</source>
        <translation>读卡器收到的指令已损坏，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The card reader received a command of the wrong length. Check the cable; the read is retried.</source>
        <translation>读卡器收到的指令长度有误，请检查连接线；系统将自动重读。</translation>
    </message>
    <message>
        <source>The card reader does not understand the command. Check that the reader is a resident ID card reader.</source>
        <translation>读卡器无法识别指令，请确认其为居民身份证阅读器。</translation>
    </message>
    <message>
        <source>The card reader refused the command. Lift the card and place it again.</source>
        <translation>读卡器拒绝执行指令，请拿起证件重新放置。</translation>
    </message>
    <message>
        <source>The card failed authentication. It may be damaged or not a genuine ID card; check it by eye.</source>
        <translation>证件认证失败，可能已损坏或不是真实身份证，请人工核验。</translation>
    </message>
    <message>
        <source>The card is not an ID card the reader knows.</source>
        <translation>该证件不是读卡器可识别的身份证件。</translation>
    </message>
    <message>
        <source>The card did not answer the reader. Lift the card and place it again.</source>
        <translation>证件未响应读卡器，请拿起证件重新放置。</translation>
    </message>
    <message>
        <source>The card reader's security module failed its self-test. Restart the reader or call IT support.</source>
        <translation>读卡器安全模块自检失败，请重启读卡器或联系信息技术人员。</translation>
    </message>
    <message>
        <source>The card reader's security module is not authorised. Call IT support.</source>
        <translation>读卡器安全模块未获授权，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>The card reader reported an unknown status (0x%1).</source>
        <translation>读卡器返回未知状态（0x%1）。</translation>
    </message>
</context>
<context>
    <name>ow::intake::CitizenService</name>
    <message>
        <source>The card gave no ID number or no name; read it again.</source>
        <translation>证件未读出号码或姓名，请重新读卡。</translation>
    </message>
    <message>
        <source>The data file is busy; read the card again.</source>
        <translation>数据文件正被占用，请重新读卡。</translation>
    </message>
    <message>
        <source>The citizen could not be saved to the data file. Call IT support.</source>
        <translation>无法将群众信息保存到数据文件，请联系信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ow::intake::IntakeService</name>
    <message>
        <source>The form of %1 in the catalog is broken: %2</source>
        <translation>事项目录中 %1 的表单有误：%2</translation>
    </message>
    <message>
        <source>%1 is a key material: without it the case cannot be accepted.</source>
        <translation>%1是核心材料，缺少该材料不能受理。</translation>
    </message>
    <message>
        <source>%1 cannot be handed in later for this item.</source>
        <translation>本事项不允许容缺后补%1。</translation>
    </message>
    <message>
        <source>The date to hand in %1 lies in the past.</source>
        <translation>补交%1的日期早于今天。</translation>
    </message>
    <message>
        <source>A signed commitment cannot replace %1.</source>
        <translation>%1不能以告知承诺代替。</translation>
    </message>
    <message>
        <source>%1 cannot be handed over this way; choose one of the item's delivery options.</source>
        <translation>%1不能以此方式送达，请选择该事项支持的送达方式。</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalog.</source>
        <translation>事项目录中没有事项 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not eligible: %2</source>
        <translation>%1：不符合条件：%2</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet (hall and counter number); an administrator sets it up under Settings.</source>
        <translation>本机尚未设置为受理窗口（大厅和窗口号），请管理员在“设置”中设置。</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个事项。</translation>
    </message>
    <message>
        <source>Read the citizen's card (or enter the ID number) first.</source>
        <translation>请先读取群众的证件（或输入证件号码）。</translation>
    </message>
    <message>
        <source>Enter the address to deliver to.</source>
        <translation>请填写送达地址。</translation>
    </message>
    <message>
        <source>The cases could not be saved to the data file; nothing was accepted. Call IT support.</source>
        <translation>无法将办件保存到数据文件，本次未受理任何办件。请联系信息技术人员。</translation>
    </message>
    <message>
        <source>%1 has no material %2.</source>
        <translation>%1 没有材料 %2。</translation>
    </message>
    <message>
        <source>A one-time notice lists at least one missing material.</source>
        <translation>一次性告知单至少须列出一项缺少的材料。</translation>
    </message>
    <message>
        <source>The notice could not be saved to the data file.</source>
        <translation>无法将告知单保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::paper::NoticeDocument</name>
    <message>
        <source>One-Time Notice of Missing Materials</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>告知单编号</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>告知时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Item applied for</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Dear %1, your application for "%2" cannot be accepted yet because the materials below are missing.</source>
        <translation>%1：您申请办理的“%2”因缺少以下材料，暂不能受理。</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>需补齐的材料</translation>
    </message>
    <message>
        <source>A signed commitment letter is accepted in its place.</source>
        <translation>可签署告知承诺书代替。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>What is required</source>
        <translation>要求说明</translation>
    </message>
    <message>
        <source>Bring by</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>This notice lists every missing material at once. No case has been opened yet: come back once with all of the materials above and your application will be accepted.</source>
        <translation>本单一次性告知您需补齐的全部材料。目前尚未受理立案，请备齐上述全部材料后再来一次，即可为您受理。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation>办事大厅</translation>
    </message>
    <message>
        <source>Clerk (signature):</source>
        <translation>经办人（签字）：</translation>
    </message>
    <message>
        <source>Notice received, applicant (signature):</source>
        <translation>申请人签收（签字）：</translation>
    </message>
</context>
<context>
    <name>ow::paper::PageComposer</name>
    <message>
        <source>%1 - page %2</source>
        <translation>%1 - 第%2页</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>办公时间：%1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>无法生成文档。</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>无法将 PDF 保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::paper::QrCode</name>
    <message>
        <source>There is no text to put into the QR code.</source>
        <translation>没有可生成二维码的内容。</translation>
    </message>
    <message>
        <source>The text for the QR code contains a control character that cannot be encoded.</source>
        <translation>二维码内容含有无法编码的控制字符。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>内容过长，无法生成二维码（%1 字节）。</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>无法生成二维码。</translation>
    </message>
</context>
<context>
    <name>ow::paper::ReceiptDocument</name>
    <message>
        <source>Acceptance Receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Missing, to be supplied</source>
        <translation>容缺待补</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>The result will be delivered to your door by the grid social worker.</source>
        <translation>办理结果由网格社工送达上门。</translation>
    </message>
    <message>
        <source>The result will be delivered to your door by the grid social worker: %1.</source>
        <translation>办理结果由网格社工送达上门：%1。</translation>
    </message>
    <message>
        <source>The result will be sent to you by courier.</source>
        <translation>办理结果将通过快递寄送给您。</translation>
    </message>
    <message>
        <source>The result will be sent by courier to %1.</source>
        <translation>办理结果将通过快递寄送至：%1。</translation>
    </message>
    <message>
        <source>The tracking number will be sent to you by text message when it is dispatched.</source>
        <translation>寄出后将以短信告知快递单号。</translation>
    </message>
    <message>
        <source>Tracking number: %1.</source>
        <translation>快递单号：%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Collect the result at counter %1 of %2 with this receipt and your ID card.</source>
        <translation>请凭本回执和身份证到%2 %1号窗口领取办理结果。</translation>
    </message>
    <message>
        <source>Collect the result at the counter of %1 with this receipt and your ID card.</source>
        <translation>请凭本回执和身份证到%1窗口领取办理结果。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Hall phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Show this code when you collect the result</source>
        <translation>取件时请出示此码</translation>
    </message>
    <message>
        <source>Items accepted</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Issued on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>（预计）</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Issued on the spot: the result is handed over at the counter today.</source>
        <translation>即办件：办理结果当场交付。</translation>
    </message>
    <message>
        <source>Promised completion date: %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>收取情况</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The case can be completed only after the missing materials arrive. Please bring them by the due dates above.</source>
        <translation>缺少的材料补齐后方可办结，请在上述补交期限内补交。</translation>
    </message>
    <message>
        <source>How to collect</source>
        <translation>取件方式</translation>
    </message>
    <message>
        <source>Keep this receipt: you need it to collect the result.</source>
        <translation>请妥善保管本回执，领取办理结果时需出示。</translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation>办事大厅</translation>
    </message>
    <message>
        <source>Clerk (signature):</source>
        <translation>受理人（签字）：</translation>
    </message>
    <message>
        <source>Applicant (signature):</source>
        <translation>申请人（签字）：</translation>
    </message>
</context>
<context>
    <name>ow::photo::AttachmentStore</name>
    <message>
        <source>The folder for photos cannot be created next to the data file.</source>
        <translation>无法在数据文件旁创建照片文件夹。</translation>
    </message>
    <message>
        <source>The photo could not be saved (%1). Is the disk full?</source>
        <translation>无法保存照片（%1）。磁盘是否已满？</translation>
    </message>
    <message>
        <source>The photo could not be recorded in the data file.</source>
        <translation>无法在数据文件中登记照片。</translation>
    </message>
    <message>
        <source>There is no such photo or scan in the data file.</source>
        <translation>数据文件中没有该照片或扫描件。</translation>
    </message>
    <message>
        <source>The photo file is missing (%1). Take the photo again.</source>
        <translation>照片文件缺失（%1），请重新拍照。</translation>
    </message>
    <message>
        <source>The photo file is damaged (%1). Take the photo again.</source>
        <translation>照片文件已损坏（%1），请重新拍照。</translation>
    </message>
</context>
<context>
    <name>ow::photo::PhotoProcessor</name>
    <message>
        <source>There is no picture: the file is not an image, or the camera gave none.</source>
        <translation>没有图像：文件不是图片，或摄像头未返回图像。</translation>
    </message>
    <message>
        <source>The photo is too small (%1 x %2 pixels; at least %3 x %4 are needed). Take it closer or with the camera's full resolution.</source>
        <translation>照片太小（%1 × %2 像素，至少需要 %3 × %4）。请靠近拍摄或使用摄像头的最高分辨率。</translation>
    </message>
    <message>
        <source>The photo is too dark. Turn on the counter light or move the citizen towards it.</source>
        <translation>照片太暗。请打开窗口照明或请群众靠近光源。</translation>
    </message>
    <message>
        <source>The photo is too bright. Avoid direct light and the white wall behind the citizen.</source>
        <translation>照片太亮。请避免强光直射和身后的白墙反光。</translation>
    </message>
    <message>
        <source>The photo is blurred. Hold the camera still and let it focus, then take it again.</source>
        <translation>照片模糊。请稳住摄像头、等待对焦后重拍。</translation>
    </message>
    <message>
        <source>There is no picture to save.</source>
        <translation>没有可保存的图像。</translation>
    </message>
    <message>
        <source>The photo does not fit in %1 KB even at low quality; crop it closer.</source>
        <translation>照片即使降低质量也超过 %1 KB，请裁剪得更紧凑。</translation>
    </message>
</context>
<context>
    <name>ow::sync::SyncStatus</name>
    <message>
        <source>Offline (not enrolled with the district)</source>
        <translation>离线（未在区级平台注册）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync queue unreadable</source>
        <translation>同步队列无法读取</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>待同步：%1 条</translation>
    </message>
</context>
<context>
    <name>ow::ui::CardPanel</name>
    <message>
        <source>ID card</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the whole ID number (the view is logged)</source>
        <translation>显示完整证件号码（查看将被记录）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Nation:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>出生：</translation>
    </message>
    <message>
        <source>Age today:</source>
        <translation>今日年龄：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>籍贯地区：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>签发机关：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>No card? Type or scan the ID number</source>
        <translation>未带证件？输入或扫描证件号码</translation>
    </message>
    <message>
        <source>18-character ID number, then Enter</source>
        <translation>18 位证件号码，按回车确认</translation>
    </message>
    <message>
        <source>Earlier cases at this counter</source>
        <translation>在本窗口的历史办件</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No card photo</source>
        <translation>无证件照片</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>%1, long-term</source>
        <translation>%1 起长期有效</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>This card expired on %1: ask for a valid card or a temporary ID card.</source>
        <translation>该证件已于 %1 过期：请出示有效证件或临时身份证。</translation>
    </message>
    <message>
        <source>The address shown is the newest one recorded on the chip; the card face says: %1</source>
        <translation>所示住址为芯片中最新登记的住址；证件正面住址为：%1</translation>
    </message>
    <message>
        <source>Not known at this counter yet: read the card, or type the name at intake.</source>
        <translation>本窗口尚无此人信息：请读卡，或在受理时录入姓名。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Valid: %1, born %2, %3, %4 years</source>
        <translation>号码有效：%1，%2 出生，%3，%4 岁</translation>
    </message>
    <message>
        <source>Read a card to see the citizen's earlier cases.</source>
        <translation>读卡后显示该群众的历史办件。</translation>
    </message>
    <message>
        <source>No earlier cases at this counter.</source>
        <translation>在本窗口无历史办件。</translation>
    </message>
    <message>
        <source>First visit: no earlier cases at this counter.</source>
        <translation>首次来办：在本窗口无历史办件。</translation>
    </message>
    <message>
        <source>Earlier cases, newest first: %1</source>
        <translation>历史办件（最新在前）：%1 件</translation>
    </message>
</context>
<context>
    <name>ow::ui::CasesPage</name>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Missing: to be supplied later</source>
        <translation>缺件：容缺后补</translation>
    </message>
    <message>
        <source>Signed commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>无需提交</translation>
    </message>
    <message>
        <source>Case number, ID number or name, then Enter</source>
        <translation>办件编号、证件号码或姓名，按回车查找</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>请从列表中选择办件。</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Material &amp;received</source>
        <translation>材料已收到(&amp;R)</translation>
    </message>
    <message>
        <source>Note or reason for the change (needed to reject)</source>
        <translation>备注或变更理由（不予办理时必填）</translation>
    </message>
    <message>
        <source>All cases of this &amp;citizen</source>
        <translation>该群众的全部办件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>打印回执(&amp;P)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Citizen: %1 (%2)</source>
        <translation>申请人：%1（%2）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>受理时间：%1</translation>
    </message>
    <message>
        <source>Deadline: %1 (estimated: the holiday calendar of that year is missing)</source>
        <translation>办结期限：%1（估算：缺少该年度节假日安排）</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>待补交：%1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Material received: %1</source>
        <translation>收到材料：%1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>办件 %1 现为%2。</translation>
    </message>
    <message>
        <source>Choose the material that arrived in the list first.</source>
        <translation>请先在列表中选择已收到的材料。</translation>
    </message>
    <message>
        <source>Material recorded as received.</source>
        <translation>已登记收到材料。</translation>
    </message>
    <message>
        <source>Case accepted</source>
        <translation>受理</translation>
    </message>
</context>
<context>
    <name>ow::ui::FormView</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18位，最后一位可能是X</translation>
    </message>
    <message>
        <source>Mobile 13812345678 or landline 0571-87654321</source>
        <translation>手机 13812345678 或固话 0571-87654321</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>from the ID card</source>
        <translation>来自身份证</translation>
    </message>
    <message>
        <source>from the citizen record</source>
        <translation>来自居民档案</translation>
    </message>
    <message>
        <source>from an earlier case</source>
        <translation>来自既往办件</translation>
    </message>
    <message>
        <source>from district shared data</source>
        <translation>来自区共享数据</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>自动计算</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
</context>
<context>
    <name>ow::ui::IntakePage</name>
    <message>
        <source>No card reader is set up at this PC; type or scan ID numbers below.</source>
        <translation>本机未设置读卡器，请在下方输入或扫描证件号码。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Search items (most used first); Enter adds the first</source>
        <translation>搜索事项（常办在前），按回车添加第一项</translation>
    </message>
    <message>
        <source>Handing over the result</source>
        <translation>办理结果送达</translation>
    </message>
    <message>
        <source>Pickup at this counter</source>
        <translation>本窗口领取</translation>
    </message>
    <message>
        <source>Delivery by the grid social worker</source>
        <translation>网格社工送达</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递送达</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>送达地址：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>快递单号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>&amp;Accept (Ctrl+Enter)</source>
        <translation>受理(&amp;A)（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Print one-time &amp;notice</source>
        <translation>打印一次性告知单(&amp;N)</translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>%1 (one visit, several items)</source>
        <translation>%1（一次办好多个事项）</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Read the citizen's card (or enter the ID number) first.</source>
        <translation>请先读取群众的证件（或输入证件号码）。</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个事项。</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>请修改标红的字段。</translation>
    </message>
    <message>
        <source>%1
No case was made. Print the one-time notice so the citizen knows everything that is missing.</source>
        <translation>%1
未受理。请打印一次性告知单，一次告知所缺全部材料。</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1：%2，办结期限 %3</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <source>Accepted:
%1</source>
        <translation>已受理：
%1</translation>
    </message>
    <message>
        <source>The receipt was not printed (%1); print it again from the Cases page.</source>
        <translation>回执未打印（%1），请在“办件”页重新打印。</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>告知单 %1</translation>
    </message>
    <message>
        <source>Nothing is marked missing, so there is nothing to put on a notice.</source>
        <translation>没有标记为缺少的材料，无需打印告知单。</translation>
    </message>
    <message>
        <source>One-time notice printed: %1. No case was made.</source>
        <translation>已打印一次性告知单：%1。未受理办件。</translation>
    </message>
</context>
<context>
    <name>ow::ui::ItemIntakeWidget</name>
    <message>
        <source>%1 working days, due %2</source>
        <translation>%1 个工作日，办结期限 %2</translation>
    </message>
    <message>
        <source>%1 - %2; %3</source>
        <translation>%1 · %2；%3</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>核心材料</translation>
    </message>
    <message>
        <source>If applicable</source>
        <translation>视情况</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Later (accepted without it)</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Signed commitment instead</source>
        <translation>以告知承诺代替</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>不符合条件：%1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>请核实：%1</translation>
    </message>
    <message>
        <source>Not needed for this application</source>
        <translation>本次申请无需提交</translation>
    </message>
    <message>
        <source>done while the citizen waits</source>
        <translation>当场办结</translation>
    </message>
</context>
<context>
    <name>ow::ui::LoginDialog</name>
    <message>
        <source>OneWindow - Log in</source>
        <translation>一窗通 - 登录</translation>
    </message>
    <message>
        <source>OneWindow counter</source>
        <translation>一窗通 窗口受理</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1 %2 号窗口</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet. An administrator can set it up under Settings.</source>
        <translation>本机尚未设置为受理窗口，管理员可在“设置”中设置。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Calling the hall queue from this counter is not built yet.</source>
        <translation>本窗口叫号功能尚未开发。</translation>
    </message>
    <message>
        <source>The backlog of open and overdue cases is not built yet.</source>
        <translation>在办及超期办件督办功能尚未开发。</translation>
    </message>
    <message>
        <source>The backlog is for supervisors; you are logged in as %1.</source>
        <translation>督办页面仅供主管使用；您当前的身份是%1。</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>工作人员：%1（%2）</translation>
    </message>
    <message>
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <source>%1, enter your password to continue.</source>
        <translation>%1，请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2), counter %3</source>
        <translation>%1（%2）%3 号窗口</translation>
    </message>
    <message>
        <source>Counter not set up</source>
        <translation>窗口未设置</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
</context>
<context>
    <name>ow::ui::PaperPrinter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
</context>
<context>
    <name>ow::ui::SettingsPage</name>
    <message>
        <source>This counter</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hall code:</source>
        <translation>大厅编码：</translation>
    </message>
    <message>
        <source>Hall name:</source>
        <translation>大厅名称：</translation>
    </message>
    <message>
        <source>Counter number:</source>
        <translation>窗口号：</translation>
    </message>
    <message>
        <source>Lock the window after no input for:</source>
        <translation>无操作自动锁定时间：</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>仅管理员可修改以上设置。</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language (after the next start):</source>
        <translation>界面语言（下次启动生效）：</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Card reader of this PC</source>
        <translation>本机读卡器</translation>
    </message>
    <message>
        <source>Serial reader (SAM protocol)</source>
        <translation>串口读卡器（SAM 协议）</translation>
    </message>
    <message>
        <source>Vendor library (sdtapi)</source>
        <translation>厂商驱动库（sdtapi）</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>不使用读卡器</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Read the fingerprint data too</source>
        <translation>同时读取指纹信息</translation>
    </message>
    <message>
        <source>the usual library names</source>
        <translation>按常用库名查找</translation>
    </message>
    <message>
        <source>Whichever it exports</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>读卡器：</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>串口：</translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation>波特率：</translation>
    </message>
    <message>
        <source>Vendor library:</source>
        <translation>厂商驱动库：</translation>
    </message>
    <message>
        <source>Vendor port number:</source>
        <translation>厂商端口号：</translation>
    </message>
    <message>
        <source>Photo decoder library:</source>
        <translation>照片解码库：</translation>
    </message>
    <message>
        <source>Photo decoder entry point:</source>
        <translation>照片解码接口：</translation>
    </message>
    <message>
        <source>Choose the serial port of the card reader, or choose No reader.</source>
        <translation>请选择读卡器所在串口，或选择“不使用读卡器”。</translation>
    </message>
    <message>
        <source>Hall address (printed on paper):</source>
        <translation>大厅地址（打印在回执上）：</translation>
    </message>
    <message>
        <source>Hall phone:</source>
        <translation>大厅电话：</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>办公时间：</translation>
    </message>
</context>
</TS>